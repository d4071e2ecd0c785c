/**
 * Engine benchmark: parseSheet + validateSheet on generated sheets of 10, 100 and 1000 tables.
 * The headline figures are CPU-time medians (the spec's "on one core"); wall-clock medians are printed too.
 */
import { parseSheet } from '../src/core/parse';
import { resolveSettings } from '../src/core/settings';
import { validateSheet } from '../src/core/validate';
import { generateSheet, indicatorRows } from './sheets';
import { loadNote, ms, timeSync } from './timing';

export interface EngineFigures {
  engine_ms_100_tables: number;
  engine_scaling_1000_over_100: number;
}

const SIZES: Array<[tables: number, runs: number]> = [
  [10, 400],
  [100, 100],
  [1000, 20],
];

export function benchEngine(log: (line: string) => void): EngineFigures {
  const settings = resolveSettings(undefined);
  const cpu = new Map<number, number>();
  log(`engine  (${loadNote()})`);
  for (const [count, runs] of SIZES) {
    const grid = generateSheet(count);
    const result = validateSheet(grid, settings);
    const parse = timeSync(() => parseSheet(grid), runs);
    const total = timeSync(() => validateSheet(grid, settings), runs);
    cpu.set(count, total.cpu);
    log(
      `engine  ${String(count).padStart(4)} tables (${grid.rowCount} rows, ${indicatorRows(count)} indicators): ` +
        `parse ${ms(parse.cpu)} cpu; parse+validate ${ms(total.cpu)} cpu, ${ms(total.median)} wall ` +
        `(medians of ${total.runs}; wall min ${ms(total.min)}, max ${ms(total.max)}); ` +
        `found ${result.tables.length} tables, ${result.findings.length} findings`,
    );
    if (result.tables.length !== count) log(`engine  WARNING: ${count} tables written, ${result.tables.length} found`);
  }
  const scaling = cpu.get(1000)! / cpu.get(100)!;
  log(`engine  scaling 1000/100 tables: ${scaling.toFixed(2)} (linear = 10; goal ≤ 12); 100 tables: goal < 25 ms`);
  return { engine_ms_100_tables: round(cpu.get(100)!), engine_scaling_1000_over_100: round(scaling) };
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
