/**
 * Pane bundle size: gzip size of dist/taskpane.js and every chunk it can load, from a production build
 * (rebuilt when dist/ is missing or older than the sources, or with --build; --no-build measures dist/ as is).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';

const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
const STATS = path.join(DIST, '.bench-stats.json');
const INPUTS = ['src', 'webpack.config.js', 'package-lock.json', 'assets'];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (target.endsWith('src') && entry === 'cli') continue; // the CLI is not in the pane
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when `built` (default: the stats this benchmark writes) is missing or older than any source. */
export function paneBuildIsStale(built_: string = STATS): boolean {
  if (!fs.existsSync(built_)) return true;
  const built = fs.statSync(built_).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
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
  return { taskpane_js_gzip_kb: Number((total / 1024).toFixed(1)) };
}
