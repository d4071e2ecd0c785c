#!/usr/bin/env node
/*
 * Runtime-dependency audit: runs `npm audit --omit=dev` and says plainly when the registry's audit
 * endpoint is unavailable (this machine's registry answers 405), then lists the runtime dependencies
 * with their installed versions and the number of packages they bring in, for the release note.
 *   node bench/audit.js [--json]
 * Exit code: 0 no known vulnerability, 1 vulnerabilities found, 3 audit unavailable (list still printed).
 */
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function audit() {
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  let report = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    /* not JSON: npm failed before auditing */
  }
  if (report && report.metadata && report.metadata.vulnerabilities) {
    const v = report.metadata.vulnerabilities;
    const total = Object.values(v).reduce((a, b) => a + b, 0);
    return { available: true, total, counts: v, advisories: Object.keys(report.vulnerabilities || {}) };
  }
  const status = report && report.statusCode;
  const reason = status
    ? `the registry's audit endpoint answered ${status}${report.message ? ` (${report.message})` : ''}`
    : (result.error && result.error.message) || String(result.stderr || '').split('\n').filter((l) => /error/i.test(l)).join(' ') || 'npm audit gave no report';
  return { available: false, reason };
}

function runtimeDependencies() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const direct = Object.entries(pkg.dependencies || {}).map(([name, range]) => {
    let installed = null;
    let license = null;
    try {
      const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
      installed = meta.version;
      license = typeof meta.license === 'string' ? meta.license : (meta.license && meta.license.type) || null;
    } catch {
      /* not installed */
    }
    return { name, range, installed, license };
  });
  const ls = spawnSync(npm, ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  const paths = String(ls.stdout || '').split('\n').filter((l) => l.includes('node_modules'));
  return { direct, transitive: new Set(paths).size };
}

const auditResult = audit();
const deps = runtimeDependencies();
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ audit: auditResult, dependencies: deps }, null, 2)}\n`);
} else {
  if (auditResult.available) {
    console.log(`npm audit --omit=dev: ${auditResult.total} known vulnerabilities ${JSON.stringify(auditResult.counts)}`);
    if (auditResult.advisories.length) console.log(`  in: ${auditResult.advisories.join(', ')}`);
  } else {
    console.log(`npm audit --omit=dev: NOT AVAILABLE here — ${auditResult.reason}.`);
    console.log('  Run it where the public registry is reachable (CI), or check the list below against https://github.com/advisories.');
  }
  console.log(`runtime dependencies (${deps.direct.length} direct, ${deps.transitive} packages installed with them):`);
  for (const d of deps.direct) console.log(`  ${d.name.padEnd(30)} ${String(d.installed).padEnd(10)} (${d.range}, ${d.license || 'license ?'})`);
}
process.exitCode = !auditResult.available ? 3 : auditResult.total > 0 ? 1 : 0;
