/** Address helpers shared by the Office modules (pure). */
import { parseRangeA1, rangeToA1, toA1, type CellRange, type CellRef } from '../core/grid';

/** `Sheet1!A1:B2`, `'My sheet'!C3` or `A1` → 0-based range. Whole rows (`3:5`) are not expected here. */
export function parseRange(address: string): CellRange {
  return parseRangeA1(address.replace(/\$/g, ''));
}

export function addressOf(range: CellRange): string {
  return range.top === range.bottom && range.left === range.right ? toA1(range.top, range.left) : rangeToA1(range);
}

/** Sheet name as a formula reference prefix: always quoted, quotes doubled. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Groups cells into rectangles: horizontal runs per row, then runs with the same columns on consecutive
 * rows stacked. Keeps the number of ranges (and so of API operations) low.
 */
export function rectangles(cells: readonly CellRef[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else if (!(last && last.top === row && last.right >= col)) runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const open = new Map<string, CellRange>();
  const out: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) above.bottom = run.top;
    else {
      const rect = { ...run };
      open.set(key, rect);
      out.push(rect);
    }
  }
  return out;
}
