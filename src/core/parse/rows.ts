/**
 * Row summaries, built once per sheet: every later step looks rows up here instead of rescanning the grid,
 * which keeps parsing linear in the sheet's size.
 */
import type { Grid } from '../grid';
import {
  type FormField,
  type HeaderColumn,
  formFieldOf,
  headerColumnOf,
  inlineFieldOf,
  isAnyLabel,
  isFooterText,
  isTitleText,
  normaliseLabel,
  unitLineOf,
} from './labels';

export interface CellInfo {
  col: number;
  /** Trimmed display text. */
  text: string;
  /** Last column the cell covers (its merge's right edge). */
  right: number;
}

export interface RowInfo {
  row: number;
  /** Non-empty cells left to right; cells merged away are skipped (they repeat their top-left's value). */
  cells: CellInfo[];
  /** The first cell is a table title and the rest of the row holds at most a unit or short note. */
  title: boolean;
  /** Indicator header columns found in this row (≥ 3 of them, one of them 三级指标 or 指标值). */
  header: Map<HeaderColumn, number> | null;
  /** Form labels of the row, by field. */
  fields: ReadonlyMap<FormField, CellInfo>;
  /** The row's first cell is a note below a table (注：…, 填报人：…). */
  footer: boolean;
  /** The row only declares the money unit (单位：万元). */
  unitOnly: boolean;
}

const NO_FIELDS: ReadonlyMap<FormField, CellInfo> = new Map();

/** Texts longer than this are prose, never labels: skip the label matchers for them. */
const MAX_LABEL_LENGTH = 40;

export function summariseRows(grid: Grid): RowInfo[] {
  const rows: RowInfo[] = [];
  for (let r = 0; r < grid.rowCount; r++) rows.push(summariseRow(grid, r));
  return rows;
}

function summariseRow(grid: Grid, row: number): RowInfo {
  const cells: CellInfo[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    if (grid.isMergedAway(row, c)) continue;
    const text = cellText(grid, row, c);
    if (!text) continue;
    const merge = grid.mergeOf(row, c);
    cells.push({ col: c, text, right: merge ? merge.col + merge.cols - 1 : c });
  }
  let fields = NO_FIELDS;
  let headerCols: Map<HeaderColumn, number> | null = null;
  let libraryHeader = false;
  for (const cell of cells) {
    // An indicator library (指标模板: 项目类型 | 一级指标 | …) shares the header but holds no goal table.
    if (normaliseLabel(cell.text) === '项目类型') libraryHeader = true;
    if (cell.text.length > MAX_LABEL_LENGTH) continue;
    const field = formFieldOf(cell.text) ?? inlineFieldOf(cell.text)?.field;
    if (field && !fields.has(field)) {
      if (fields === NO_FIELDS) fields = new Map();
      (fields as Map<FormField, CellInfo>).set(field, cell);
    }
    const column = headerColumnOf(cell.text);
    if (column && !headerCols?.has(column)) (headerCols ??= new Map()).set(column, cell.col);
  }
  const first = cells[0];
  return {
    row,
    cells,
    title: first !== undefined && isTitleText(first.text) && cells.every((c, i) => i === 0 || isSideNote(c.text)),
    header: headerCols && !libraryHeader && isHeader(headerCols) ? headerCols : null,
    fields,
    footer: first !== undefined && isFooterText(first.text),
    unitOnly: cells.length > 0 && cells.every((c) => unitLineOf(c.text) !== null),
  };
}

/** Display text, falling back to the raw value when a reader left `text` empty. */
function cellText(grid: Grid, row: number, col: number): string {
  const cell = grid.get(row, col);
  const text = typeof cell.text === 'string' ? cell.text.trim() : '';
  if (text) return text;
  if (cell.error) return cell.error;
  return cell.value === null || cell.value === undefined ? '' : String(cell.value).trim();
}

/** Beside a title: a unit line, a table number (`表3`) or a short remark — not a field with its value. */
function isSideNote(text: string): boolean {
  return unitLineOf(text) !== null || (normaliseLabel(text).length <= 12 && !isAnyLabel(text));
}

function isHeader(columns: Map<HeaderColumn, number>): boolean {
  return columns.size >= 3 && (columns.has('name') || columns.has('value'));
}

export function isBlank(info: RowInfo | undefined): boolean {
  return info === undefined || info.cells.length === 0;
}
