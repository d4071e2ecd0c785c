/**
 * Engine benchmark: parseSheet + validateSheet on generated sheets of 10, 100 and 1000 tables.
 * The sizes are timed in interleaved rounds (10, 100, 1000, 10, 100, 1000 …) so that whatever else the shared
 * machine does falls on every size alike, and the ratio compares like with like. Each parse starts cold
 * (parse caches are per sheet), as a click on a sheet does. Headline figures are CPU-time medians (the spec's
 * "on one core"); wall-clock medians are printed beside them.
 */
import type { Grid } from '../src/core/grid';
import { parseSheet } from '../src/core/parse';
import { resolveSettings } from '../src/core/settings';
import { validateSheet } from '../src/core/validate';
import { generateSheet, indicatorRows } from './sheets';
import { loadNote, median, ms, round, timeSync } from './timing';

export interface EngineFigures {
  engine_ms_100_tables: number;
  engine_scaling_1000_over_100: number;
}

/** Tables per sheet, and runs of it per round (about the same time per size in each round). */
const SIZES: Array<[tables: number, perRound: number]> = [
  [10, 20],
  [100, 4],
  [1000, 1],
];
const ROUNDS = 30;

interface Samples {
  grid: Grid;
  wall: number[];
  cpu: number[];
}

export function benchEngine(log: (line: string) => void): EngineFigures {
  const settings = resolveSettings(undefined);
  log(`engine  (${loadNote()})`);
  const samples = new Map<number, Samples>(SIZES.map(([count]) => [count, { grid: generateSheet(count), wall: [], cpu: [] }]));
  for (const [count] of SIZES) timeSync(() => validateSheet(samples.get(count)!.grid, settings), 3);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [count, perRound] of SIZES) {
      const s = samples.get(count)!;
      const t = timeSync(() => validateSheet(s.grid, settings), perRound, 0);
      s.wall.push(t.median);
      s.cpu.push(t.cpu);
    }
  }
  const cpu = new Map<number, number>();
  for (const [count] of SIZES) {
    const s = samples.get(count)!;
    const result = validateSheet(s.grid, settings);
    const parse = timeSync(() => parseSheet(s.grid), 5);
    cpu.set(count, median(s.cpu));
    log(
      `engine  ${String(count).padStart(4)} tables (${s.grid.rowCount} rows, ${indicatorRows(count)} indicators): ` +
        `parse+validate ${ms(median(s.cpu))} cpu, ${ms(median(s.wall))} wall (medians of ${ROUNDS} interleaved rounds; ` +
        `wall min ${ms(Math.min(...s.wall))}, max ${ms(Math.max(...s.wall))}); parse alone ${ms(parse.cpu)} cpu; ` +
        `found ${result.tables.length} tables, ${result.findings.length} findings`,
    );
    if (result.tables.length !== count) log(`engine  WARNING: ${count} tables written, ${result.tables.length} found`);
  }
  const scaling = cpu.get(1000)! / cpu.get(100)!;
  log(`engine  scaling 1000/100 tables: ${scaling.toFixed(2)} (linear = 10; goal ≤ 12); 100 tables: goal < 25 ms`);
  return { engine_ms_100_tables: round(cpu.get(100)!), engine_scaling_1000_over_100: round(scaling) };
}
