/**
 * Pane bundle size: gzip size of dist/taskpane.js and every chunk it can load, from a production build
 * (rebuilt when dist/ is missing or older than the sources, or with --build; --no-build measures dist/ as is).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { round } from './timing';

const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
const STATS = path.join(DIST, '.bench-stats.json');
const INPUTS = ['src', 'webpack.config.js', 'package-lock.json', 'assets'].map((input) => path.join(ROOT, input));
const CLI_SOURCES = path.join(ROOT, 'src', 'cli'); // the CLI is not in the pane

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isStale } = require('../scripts/ensure-build.js') as {
  isStale(built: string, sources: string[], skip?: (file: string) => boolean): boolean;
};

/** True when `built` (default: the stats this benchmark writes) is missing or older than any source. */
export function paneBuildIsStale(built: string = STATS): boolean {
  return isStale(built, INPUTS, (file) => file === CLI_SOURCES);
}

export function buildPane(log: (line: string) => void): void {
  log('bundle  building: webpack --mode production --config-name addin …');
  try {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'build-pane.js')], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    log(`bundle  ${out.trim()}`);
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new Error(`the production build failed:\n${stderr.split('\n').slice(0, 12).join('\n')}`);
  }
}

export function entryFiles(entry: string): string[] {
  const stats = JSON.parse(fs.readFileSync(STATS, 'utf8')) as { entries: Record<string, string[]> };
  const files = stats.entries[entry];
  if (!files) throw new Error(`no entry ${entry} in ${STATS}`);
  return files;
}

export function benchBundle(log: (line: string) => void, flags: Set<string>): { taskpane_js_gzip_kb: number } {
  if (flags.has('--build') || (!flags.has('--no-build') && paneBuildIsStale())) buildPane(log);
  else log('bundle  dist/ is up to date (use --build to rebuild)');
  let total = 0;
  for (const file of entryFiles('taskpane')) {
    const bytes = fs.readFileSync(path.join(DIST, file));
    const gzip = gzipSync(bytes, { level: 9 }).length;
    total += gzip;
    log(`bundle  ${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzipped`);
  }
  log(`bundle  taskpane total: ${(total / 1024).toFixed(1)} KB gzipped (goal ≤ 350 KB)`);
  return { taskpane_js_gzip_kb: round(total / 1024, 1) };
}
