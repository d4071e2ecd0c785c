#!/usr/bin/env node
/*
 * Profiles the engine on a generated sheet and prints the functions with the most self time:
 *   node bench/profile.js [tables=100] [runs=30] [parse|validate]
 * (A thin wrapper over node --cpu-prof; the raw profile is left in /tmp for Chrome DevTools.)
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [tables = '100', runs = '30', what = 'validate'] = process.argv.slice(2);

if (process.env.GOALTABLE_PROFILE_CHILD) {
  require('./register');
  const { generateSheet } = require('./sheets');
  const { parseSheet } = require('../src/core/parse');
  const { validateSheet } = require('../src/core/validate');
  const grid = generateSheet(Number(tables));
  const fn = what === 'parse' ? () => parseSheet(grid) : () => validateSheet(grid);
  for (let i = 0; i < Number(runs); i++) fn();
  return;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goaltable-prof-'));
execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, __filename, tables, runs, what], {
  env: { ...process.env, GOALTABLE_PROFILE_CHILD: '1' },
  stdio: 'inherit',
});
const file = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i] || 0)));
let total = 0;
for (const [id, micros] of dt) {
  const { callFrame } = byId.get(id);
  const where = `${callFrame.functionName || '(anonymous)'} ${path.relative(process.cwd(), callFrame.url.replace('file://', ''))}:${callFrame.lineNumber + 1}`;
  self.set(where, (self.get(where) || 0) + micros);
  total += micros;
}
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const inclusive = new Map();
for (const [id, micros] of dt) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { callFrame } = byId.get(at);
    if (!callFrame.url.includes('/src/')) continue;
    const where = `${callFrame.functionName || '(anonymous)'} ${path.relative(process.cwd(), callFrame.url.replace('file://', ''))}`;
    if (seen.has(where)) continue;
    seen.add(where);
    inclusive.set(where, (inclusive.get(where) || 0) + micros);
  }
}
console.log(`profile: ${file}`);
console.log('inclusive time (project functions):');
for (const [where, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${where}`);
}
console.log('self time (line numbers are of the compiled code):');
for (const [where, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${where}`);
}
