/**
 * The indicator header (一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据) and the indicator
 * rows under it. 一级/二级 are carried down through merged or blank cells; `at` is where a label is written.
 */
import type { Grid } from '../grid';
import type { GoalTable, Indicator, TextField } from '../model';
import { field, textAt } from './fields';
import { type HeaderColumn, formFieldOf, headerColumnOf, level1KindOf, level2KindOf } from './labels';
import { type RowInfo, type SheetRows, isBlank } from './rows';
import { parseValue } from './value';

export type Columns = GoalTable['indicatorHeader']['columns'];

const ORDER: HeaderColumn[] = ['level1', 'level2', 'name', 'description', 'value', 'basis'];

/** Columns of the header row; a two-row header contributes labels merged down from the row above. */
export function resolveColumns(grid: Grid, rows: SheetRows, headerRow: number): Columns {
  const found = new Map(rows.get(headerRow)?.header ?? []);
  for (const cell of rows.get(headerRow - 1)?.cells ?? []) {
    const column = headerColumnOf(cell.text);
    const merge = grid.mergeOf(headerRow - 1, cell.col);
    if (column && !found.has(column) && merge && merge.row + merge.rows > headerRow) found.set(column, cell.col);
  }
  return completeColumns(found);
}

/** Fills columns the header lacks by their usual position, never on a column already taken. */
export function completeColumns(found: Map<HeaderColumn, number>): Columns {
  let base = Infinity;
  for (const [column, col] of found) base = Math.min(base, col - ORDER.indexOf(column));
  if (!Number.isFinite(base)) base = 0;
  const taken = new Set(found.values());
  let spare = Math.max(-1, ...taken) + 1;
  const columns = {} as Columns;
  for (const [i, column] of ORDER.entries()) {
    let col = found.get(column);
    if (col === undefined) {
      const usual = base + i;
      col = usual >= 0 && !taken.has(usual) ? usual : spare++;
      taken.add(col);
    }
    columns[column] = col;
  }
  return columns;
}

/** Form labels that start a new table block when they open a row left of the 三级指标 column. */
const BLOCK_STARTS = new Set(['code', 'name', 'budgetBlock', 'budget', 'spendPlan', 'goals', 'dept']);

/** True when a non-blank row still belongs to the indicator rows of the table above it. */
export function continuesIndicators(info: RowInfo, columns: Columns): boolean {
  if (info.title || info.header !== null || info.footer || info.unitOnly) return false;
  const first = info.cells[0];
  if (first.col < columns.name && level1KindOf(first.text) === null) {
    const field = formFieldOf(first.text);
    if (field !== null && BLOCK_STARTS.has(field)) return false;
  }
  return true;
}

/**
 * Last indicator row of the table whose header is at `headerRow` (the header row itself when none).
 * Rows run until a blank row, a title, a new header or a new form block; blank rows covered by a merge of
 * the indicator block (一级 merged over an empty row) are kept only when indicator rows follow them.
 */
export function indicatorsEnd(grid: Grid, rows: SheetRows, headerRow: number, columns: Columns): number {
  const covered = (r: number): boolean => coveredByBlockMerge(grid, r, headerRow, columns);
  let end = headerRow;
  let r = headerRow + 1;
  while (r < rows.count) {
    if (!isBlank(rows.get(r))) {
      if (!continuesIndicators(rows.get(r)!, columns)) break;
      end = r++;
      continue;
    }
    let k = r;
    while (k < rows.count && isBlank(rows.get(k)) && covered(k)) k++;
    if (k === r || k >= rows.count || isBlank(rows.get(k)) || !continuesIndicators(rows.get(k)!, columns)) break;
    r = k;
  }
  return end;
}

function coveredByBlockMerge(grid: Grid, row: number, headerRow: number, columns: Columns): boolean {
  for (const column of ORDER) {
    const merge = grid.mergeOf(row, columns[column]);
    if (merge && merge.row > headerRow && merge.row < row) return true;
  }
  return false;
}

/** Parses indicator rows headerRow+1 … end; rows with nothing of their own are skipped. */
export function parseIndicators(grid: Grid, rows: SheetRows, headerRow: number, end: number, columns: Columns): Indicator[] {
  const indicators: Indicator[] = [];
  let level1: TextField | null = null;
  let level2: TextField | null = null;
  for (let r = headerRow + 1; r <= end; r++) {
    const info = rows.get(r);
    if (!info || isBlank(info)) continue;
    const own1 = ownText(info, columns.level1);
    const own2 = ownText(info, columns.level2);
    if (own1) level1 = field(own1, r, columns.level1);
    else level1 = mergedLabel(grid, r, columns.level1, headerRow, level1) ?? level1;
    if (own2) level2 = field(own2, r, columns.level2);
    else level2 = mergedLabel(grid, r, columns.level2, headerRow, level2) ?? (own1 ? null : level2);
    const name = contentField(grid, info, columns.name, headerRow);
    const description = contentField(grid, info, columns.description, headerRow);
    const value = contentField(grid, info, columns.value, headerRow);
    const basis = contentField(grid, info, columns.basis, headerRow);
    if (!own1 && !own2 && !name.text && !description.text && !value.text && !basis.text) continue;
    const l1 = level1 ?? field('', r, columns.level1);
    const l2 = level2 ?? field('', r, columns.level2);
    indicators.push({
      row: r,
      level1: l1,
      level1Kind: level1KindOf(l1.text),
      level2: l2,
      level2Kind: level2KindOf(l2.text),
      name,
      description,
      value: { ...value, parsed: value.text ? parseValue(grid.get(value.at.row, value.at.col)) : { kind: 'empty', raw: '' } },
      basis,
    });
  }
  return indicators;
}

/**
 * The label of a merge covering (row, col) that starts inside the indicator block: its top-left. The rows of
 * a group share one label object (`previous`, when it is that top-left), which keeps large results small.
 */
function mergedLabel(grid: Grid, row: number, col: number, headerRow: number, previous: TextField | null): TextField | null {
  const merge = grid.mergeOf(row, col);
  if (!merge || merge.row <= headerRow || (merge.row === row && merge.col === col)) return null;
  if (previous && previous.at.row === merge.row && previous.at.col === merge.col) return previous;
  const text = textAt(grid, merge.row, merge.col);
  return text ? field(text, merge.row, merge.col) : null;
}

/** The text of the row's own cell at `col` ('' when empty or merged away), from the row's summary. */
function ownText(info: RowInfo, col: number): string {
  for (const cell of info.cells) if (cell.col === col) return cell.text;
  return '';
}

/** A content cell; a cell merged down from the row above (依据 merged over a group) reads the merged value. */
function contentField(grid: Grid, info: RowInfo, col: number, headerRow: number): TextField {
  const row = info.row;
  const own = ownText(info, col);
  if (own) return field(own, row, col);
  const merge = grid.mergeOf(row, col);
  if (merge && merge.col === col && merge.row < row && merge.row > headerRow) {
    return field(textAt(grid, merge.row, merge.col), merge.row, merge.col);
  }
  return field('', row, col);
}
