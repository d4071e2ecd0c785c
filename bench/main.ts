/**
 * `npm run bench`: prints each benchmark's figures, then, as its last line, one JSON object with the
 * headline figures (null when a part could not be measured; the reason is printed above).
 * Flags: --build (rebuild the pane bundle), --no-build (measure dist/ as it is), --only=engine,office,bundle,cli
 */
import { benchBundle } from './bundle';
import { benchCli } from './cli';
import { benchEngine } from './engine';
import { benchOffice } from './office';

type Figures = Record<string, number | null>;

const HEADLINE = [
  'engine_ms_100_tables',
  'engine_scaling_1000_over_100',
  'syncs_validate_and_mark',
  'syncs_clear',
  'taskpane_js_gzip_kb',
  'cli_overhead_ratio',
] as const;

interface Part {
  name: string;
  run(log: (line: string) => void, flags: Set<string>): Promise<Figures> | Figures;
}

const PARTS: Part[] = [
  { name: 'engine', run: (log) => ({ ...benchEngine(log) }) },
  { name: 'office', run: async (log) => ({ ...(await benchOffice(log)) }) },
  { name: 'bundle', run: (log, flags) => ({ ...benchBundle(log, flags) }) },
  { name: 'cli', run: async (log) => ({ ...(await benchCli(log)) }) },
];

export async function main(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const figures: Figures = Object.fromEntries(HEADLINE.map((k) => [k, null]));
  for (const part of PARTS) {
    if (only && !only.includes(part.name)) continue;
    try {
      Object.assign(figures, await part.run(log, flags));
    } catch (error) {
      log(`${part.name}  not measured: ${error instanceof Error ? error.message : String(error)}`);
      if (flags.has('--verbose')) log(String((error as Error).stack));
    }
  }
  log(JSON.stringify(figures));
}
