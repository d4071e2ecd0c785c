/**
 * Generated department sheets for the benchmarks and the hardening tests: the fixtures' 33 transcribed
 * tables replicated with variations (renumbered titles, scaled budgets, changed counts, a flat table now
 * and then, uneven gaps), stacked on one sheet as departments keep them.
 */
import { Grid } from '../src/core/grid';
import { RawTable, writeFlatTable, writeFormTable } from '../test/helpers/build-grid';
import huailai from '../test/fixtures/huailai-raw.json';
import linxi from '../test/fixtures/linxi-raw.json';
import zunhua from '../test/fixtures/zunhua-raw.json';

export const FIXTURE_TABLES: readonly RawTable[] = [
  ...(linxi as RawTable[]),
  ...(zunhua as RawTable[]),
  ...(huailai as RawTable[]),
];

const NUMBER = /\d+(\.\d+)?/;

function scaleMoney(value: string | number | undefined, factor: number): string | number | undefined {
  if (value === undefined || value === '') return value;
  const text = String(value);
  if (text.endsWith('%')) return value;
  const m = NUMBER.exec(text);
  if (!m) return value;
  const decimals = m[1] ? m[1].length - 1 : 0;
  return text.replace(NUMBER, (Number(m[0]) * factor).toFixed(decimals));
}

/** The `copy`-th variation of a table: same shape, other numbers; copy 0 is the table itself. */
export function variedTable(base: RawTable, copy: number, number: number): RawTable {
  const title = `${number}.${base.title.replace(/^\s*\d+[.．、]\s*/, '')}`;
  if (copy === 0) return { ...base, title };
  const factor = 1 + (copy % 9) / 4;
  const rows = base.rows.map((row, i) =>
    // Every other copy changes the first count, so that some replicas carry identical indicator sets and others not.
    i === 0 && copy % 2 === 1 ? row.map((cell, c) => (c === 4 ? cell.replace(/\d+/, (d) => String(Number(d) + copy)) : cell)) : row,
  );
  return {
    ...base,
    title,
    name: `${base.name ?? ''}（${copy}）`,
    budget: scaleMoney(base.budget, factor),
    fiscal: scaleMoney(base.fiscal, factor),
    other: scaleMoney(base.other, factor),
    spend: base.spend?.map((v) => scaleMoney(v, factor) as string | number),
    rows,
  };
}

export interface SheetOptions {
  /** One table in `flatEvery` is written in the flat layout (0 = never). */
  flatEvery?: number;
  name?: string;
}

/** A sheet of `count` stacked tables built from the fixtures' shapes. */
export function generateSheet(count: number, options: SheetOptions = {}): Grid {
  const grid = new Grid(options.name ?? 'Sheet1');
  const flatEvery = options.flatEvery ?? 10;
  let row = 0;
  for (let i = 0; i < count; i++) {
    const base = FIXTURE_TABLES[i % FIXTURE_TABLES.length];
    const table = variedTable(base, Math.floor(i / FIXTURE_TABLES.length), i + 1);
    const flat = flatEvery > 0 && i % flatEvery === flatEvery - 1;
    row = (flat ? writeFlatTable : writeFormTable)(grid, table, row);
    row += i % 3; // tables separated by 0, 1 or 2 blank rows
  }
  return grid;
}

export function indicatorRows(count: number): number {
  let rows = 0;
  for (let i = 0; i < count; i++) rows += FIXTURE_TABLES[i % FIXTURE_TABLES.length].rows.length;
  return rows;
}
