/**
 * Finding the goal tables of a sheet: one or many stacked vertically, with or without blank rows between,
 * anywhere on the sheet. A table is anchored on its indicator header; its top is its title (or, without a
 * title, the block of non-blank rows just above the header). A title with form labels but no header is a
 * table too (one that lacks its indicators).
 */
import type { Grid } from '../grid';
import { type Columns, indicatorsEnd, resolveColumns } from './indicators';
import { type SheetRows, isBlank } from './rows';

export interface TableBlock {
  top: number;
  titleRow: number | null;
  /** Null when the table has no indicator header. */
  headerRow: number | null;
  columns: Columns | null;
  /** Last row: the last indicator row, else the header row, else the last non-blank form row. */
  bottom: number;
}

/** Form labels that make a titled block without a header a table. */
const TABLE_FIELDS = ['code', 'name', 'budget', 'budgetBlock', 'spendPlan', 'goals'] as const;

/** The tables' blocks top to bottom, each as soon as it is known (the caller parses it while its rows are fresh). */
export function* locateTables(grid: Grid, rows: SheetRows): Generator<TableBlock> {
  let regionStart = 0;
  let titles: number[] = [];
  for (let r = 0; r < rows.count; r++) {
    const info = rows.get(r)!;
    if (info.title) titles.push(r);
    if (!info.header) continue;
    const titleRow = titles.pop() ?? null;
    const top = titleRow ?? runStart(rows, regionStart, r);
    yield* headerlessTables(rows, titles, top);
    const columns = resolveColumns(grid, rows, r);
    const bottom = indicatorsEnd(grid, rows, r, columns);
    yield { top, titleRow, headerRow: r, columns, bottom };
    titles = [];
    regionStart = bottom + 1;
    r = bottom;
  }
  yield* headerlessTables(rows, titles, rows.count);
}

/** Start of the run of non-blank rows that ends right above `headerRow` (the header row when none). */
function runStart(rows: SheetRows, regionStart: number, headerRow: number): number {
  let top = headerRow;
  while (top - 1 >= regionStart && !isBlank(rows.get(top - 1))) top--;
  return top;
}

/** Titled blocks with form labels but no indicator header, each ending before the next title or `limit`. */
function headerlessTables(rows: SheetRows, titles: number[], limit: number): TableBlock[] {
  const blocks: TableBlock[] = [];
  titles.forEach((titleRow, i) => {
    const end = Math.min(i + 1 < titles.length ? titles[i + 1] : limit, rows.count) - 1;
    let bottom = titleRow;
    let hasFields = false;
    for (let r = titleRow + 1; r <= end; r++) {
      if (isBlank(rows.get(r))) continue;
      bottom = r;
      if (TABLE_FIELDS.some((f) => rows.get(r)!.fields.has(f))) hasFields = true;
    }
    if (hasFields) blocks.push({ top: titleRow, titleRow, headerRow: null, columns: null, bottom });
  });
  return blocks;
}
