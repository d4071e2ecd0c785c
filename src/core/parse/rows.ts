/**
 * Row summaries: every later step looks rows up here instead of rescanning the grid, which keeps parsing
 * linear in the sheet's size.
 */
import type { Grid } from '../grid';
import { displayText } from './fields';
import { type FormField, type HeaderColumn, facts, isSideNote } from './labels';

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
  /**
   * The table title: the row's first cell, or its second after a serial number (`3` | `扫黑除恶经费绩效目标表`),
   * when the rest of the row holds at most a unit or short note; else null.
   */
  title: CellInfo | null;
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

/**
 * The rows of a sheet, each summarised on first use and dropped once the parser has moved past it. Made as
 * the parser goes rather than for the whole sheet up front, summaries die young: held for the whole parse of
 * a large sheet, they outlived the young generation and garbage collection grew faster than the sheet.
 */
export class SheetRows {
  private readonly summaries: Array<RowInfo | undefined>;
  private releasedTo = 0;

  constructor(private readonly grid: Grid) {
    this.summaries = new Array<RowInfo | undefined>(grid.rowCount);
  }

  /** One past the last row holding anything. */
  get count(): number {
    return this.grid.rowCount;
  }

  /** The row's summary, or undefined outside the sheet. A released row is summarised again. */
  get(row: number): RowInfo | undefined {
    if (!(row >= 0 && row < this.grid.rowCount)) return undefined;
    return (this.summaries[row] ??= summariseRow(this.grid, row));
  }

  /** Drops the summaries of the rows above `row`, which the parser will not read again. */
  releaseAbove(row: number): void {
    const end = Math.min(row, this.summaries.length);
    for (let r = this.releasedTo; r < end; r++) this.summaries[r] = undefined;
    this.releasedTo = Math.max(this.releasedTo, end);
  }
}

function summariseRow(grid: Grid, row: number): RowInfo {
  const cells: CellInfo[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const merge = grid.mergeOf(row, c);
    if (merge && (merge.row !== row || merge.col !== c)) continue; // merged away
    const text = displayText(grid.get(row, c));
    if (!text) continue;
    cells.push({ col: c, text, right: merge ? merge.col + merge.cols - 1 : c });
  }
  let fields = NO_FIELDS;
  let headerCols: Map<HeaderColumn, number> | null = null;
  let libraryHeader = false;
  const titleAt = titleIndex(cells);
  let sideNotesOnly = titleAt >= 0;
  let unitsOnly = true;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const about = facts(cell.text);
    if (i > titleAt && sideNotesOnly && !isSideNote(cell.text)) sideNotesOnly = false;
    if (about.unitLine === null) unitsOnly = false;
    // An indicator library (指标模板: 项目类型 | 一级指标 | …) shares the header but holds no goal table.
    if (about.libraryColumn) libraryHeader = true;
    if (cell.text.length > MAX_LABEL_LENGTH) continue;
    const field = about.field ?? about.inline?.field;
    if (field && !fields.has(field)) {
      if (fields === NO_FIELDS) fields = new Map();
      (fields as Map<FormField, CellInfo>).set(field, cell);
    }
    if (about.header && !headerCols?.has(about.header)) (headerCols ??= new Map()).set(about.header, cell.col);
  }
  const first = cells[0] as CellInfo | undefined;
  return {
    row,
    cells,
    title: sideNotesOnly ? cells[titleAt] : null,
    header: headerCols && !libraryHeader && isHeader(headerCols) ? headerCols : null,
    fields,
    footer: first !== undefined && facts(first.text).footer,
    unitOnly: cells.length > 0 && unitsOnly,
  };
}

/** A table's serial number before its title (`3`, `3.`, `三、`, `（3）`). */
const SERIAL_NUMBER = /^(?:\d{1,4}|[一二三四五六七八九十]{1,3}|[(（]\d{1,4}[)）])[.、．]?$/;

/** Index of the title cell among the row's cells, or -1. */
function titleIndex(cells: CellInfo[]): number {
  if (cells.length > 0 && facts(cells[0].text).title) return 0;
  if (cells.length > 1 && SERIAL_NUMBER.test(cells[0].text) && facts(cells[1].text).title) return 1;
  return -1;
}

function isHeader(columns: Map<HeaderColumn, number>): boolean {
  return columns.size >= 3 && (columns.has('name') || columns.has('value'));
}

export function isBlank(info: RowInfo | undefined): boolean {
  return info === undefined || info.cells.length === 0;
}
