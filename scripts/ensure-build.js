#!/usr/bin/env node
/*
 * Builds dist/ when it is missing or older than any source file, so that tests run against what src/ says.
 * `--stamp` (run at the end of `npm run build`) records when the last full build finished.
 * `isStale` is also the benchmark's check of the pane bundle (bench/bundle.ts).
 */
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.built');
const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json'].map((f) => path.join(root, f));

/** Newest mtime under `target` (a folder's own mtime included: it changes when a file is deleted); 0 when missing. */
function newestMtime(target, skip = () => false) {
  if (!fs.existsSync(target) || skip(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestMtime(path.join(target, name), skip)));
}

/** True when `built` is missing or older than anything under `sources` (paths for which `skip` is true aside). */
function isStale(built, sources, skip) {
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return sources.some((source) => newestMtime(source, skip) > builtAt);
}

if (require.main === module) {
  if (process.argv.includes('--stamp')) {
    fs.writeFileSync(stamp, new Date().toISOString() + '\n');
  } else if (isStale(stamp, inputs)) {
    console.log('dist/ is missing or older than the sources: npm run build');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}

module.exports = { isStale, newestMtime };
