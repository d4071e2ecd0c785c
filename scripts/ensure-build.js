#!/usr/bin/env node
/*
 * Builds dist/ when it is missing or older than any source file, so that tests run against what src/ says.
 * `--stamp` (run at the end of `npm run build`) records when the last full build finished.
 */
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.join(__dirname, '..');
const stamp = path.join(root, 'dist', '.built');
const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json'].map((f) => path.join(root, f));

function newest(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

if (process.argv.includes('--stamp')) {
  fs.writeFileSync(stamp, new Date().toISOString() + '\n');
} else {
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : -1;
  if (built < Math.max(...inputs.filter((f) => fs.existsSync(f)).map(newest))) {
    console.log('dist/ is missing or older than the sources: npm run build');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
}
