/**
 * The in-memory workbook behind the fake Office.js host: plain data (JSON-serialisable, so "save, close,
 * reopen" is `JSON.parse(JSON.stringify(workbook))`), and the structural edits Excel performs on it
 * (insert/delete with shifting of cells, merges and conditional formats). Browser-safe: no Node APIs.
 */
import type { CellRange, Merge } from '../../core/grid';

export type MemValue = string | number | boolean;

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface MemBorder {
  style: string; // Excel.BorderLineStyle: Continuous, Dash, …
  color: string;
  weight: string; // Hairline, Thin, Medium, Thick
}

/** A cell's own formats. An absent `fill` is "no fill" (which Excel nevertheless reports as #FFFFFF). */
export interface MemFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<BorderEdge, MemBorder>>;
}

export interface MemCell {
  /** '' for an empty cell, as Office.js reports it. Error values are strings such as `#REF!`. */
  value: MemValue;
  /** Formula text (`=SUM(A1:A3)`) when the cell holds one. */
  formula?: string;
  numberFormat: string;
  /** Display text when it was given (grid import); otherwise computed from value and number format. */
  text?: string;
  format: MemFormat;
  note?: string;
}

export interface MemConditionalFormat {
  id: string;
  /** Excel.ConditionalFormatType, e.g. `Custom`, `CellValue`. */
  type: string;
  ranges: CellRange[];
  /** Custom: the rule formula (`=A1>0`); CellValue: `{formula1, operator}` as JSON. */
  formula: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue: boolean;
}

export interface MemSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Sparse cells, key `row,col`. */
  cells: Record<string, MemCell>;
  merges: Merge[];
  /** Priority order: index 0 is the top priority, as `ConditionalFormatCollection.add` puts new ones first. */
  conditionalFormats: MemConditionalFormat[];
  protection: { protected: boolean; password?: string };
}

export interface MemWorkbook {
  sheets: MemSheet[];
  activeSheetId: string;
  selection: { sheetId: string; range: CellRange };
  /** Excel.SettingCollection (ExcelApi 1.4) and Office.context.document.settings: one store per add-in and file. */
  settings: Record<string, unknown>;
  nextId: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseKey(key: string): { row: number; col: number } {
  const i = key.indexOf(',');
  return { row: Number(key.slice(0, i)), col: Number(key.slice(i + 1)) };
}

export function emptyWorkbook(sheetNames: string[] = ['Sheet1']): MemWorkbook {
  const wb: MemWorkbook = {
    sheets: [],
    activeSheetId: '',
    selection: { sheetId: '', range: { top: 0, left: 0, bottom: 0, right: 0 } },
    settings: {},
    nextId: 1,
  };
  for (const name of sheetNames) addSheet(wb, name);
  wb.activeSheetId = wb.sheets[0]?.id ?? '';
  wb.selection.sheetId = wb.activeSheetId;
  return wb;
}

export function newId(wb: MemWorkbook, prefix: string): string {
  return `{${prefix}-${(wb.nextId++).toString(16).padStart(8, '0').toUpperCase()}}`;
}

export function addSheet(wb: MemWorkbook, name: string, position = wb.sheets.length): MemSheet {
  const sheet: MemSheet = {
    id: newId(wb, 'sheet'),
    name,
    visibility: 'Visible',
    cells: {},
    merges: [],
    conditionalFormats: [],
    protection: { protected: false },
  };
  wb.sheets.splice(position, 0, sheet);
  return sheet;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

export function mergeRange(m: Merge): CellRange {
  return { top: m.row, left: m.col, bottom: m.row + m.rows - 1, right: m.col + m.cols - 1 };
}

/** `a` minus `b`, as up to four rectangles. */
export function subtract(a: CellRange, b: CellRange): CellRange[] {
  if (!intersects(a, b)) return [a];
  const out: CellRange[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/**
 * What a range read needs to know about a sheet, from one pass over its cells: the cells by row and
 * column, and the used range (values only, or values and own formats and merges).
 */
export interface SheetIndex {
  rows: Array<Array<MemCell | undefined> | undefined>;
  used: CellRange | null;
  usedValues: CellRange | null;
  /** The merged areas in order of their top row. */
  mergesByRow: Merge[];
}

export function indexSheet(sheet: MemSheet): SheetIndex {
  const rows: SheetIndex['rows'] = [];
  const values = new Bounds();
  const all = new Bounds();
  for (const key in sheet.cells) {
    const cell = sheet.cells[key];
    const comma = key.indexOf(',');
    const row = +key.slice(0, comma);
    const col = +key.slice(comma + 1);
    (rows[row] ??= [])[col] = cell;
    if (cell.value !== '' || cell.formula !== undefined) values.add(row, col, row, col);
    else if (!hasOwnFormat(cell)) continue;
    all.add(row, col, row, col);
  }
  for (const m of sheet.merges) all.add(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  const mergesByRow = [...sheet.merges].sort((a, b) => a.row - b.row);
  return { rows, used: all.range(), usedValues: values.range(), mergesByRow };
}

/** The merged areas whose top-left cell is in `range`, from `mergesByRow`. */
export function mergesStartingIn(mergesByRow: readonly Merge[], range: CellRange): Merge[] {
  let lo = 0;
  let hi = mergesByRow.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mergesByRow[mid].row < range.top) lo = mid + 1;
    else hi = mid;
  }
  const out: Merge[] = [];
  for (let i = lo; i < mergesByRow.length && mergesByRow[i].row <= range.bottom; i++) {
    const m = mergesByRow[i];
    if (m.col >= range.left && m.col <= range.right) out.push(m);
  }
  return out;
}

/** A bounding box grown without allocating. */
class Bounds {
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;
  add(top: number, left: number, bottom: number, right: number): void {
    if (top < this.top) this.top = top;
    if (left < this.left) this.left = left;
    if (bottom > this.bottom) this.bottom = bottom;
    if (right > this.right) this.right = right;
  }
  range(): CellRange | null {
    return this.bottom < 0 ? null : { top: this.top, left: this.left, bottom: this.bottom, right: this.right };
  }
}

function hasOwnFormat(cell: MemCell): boolean {
  return Object.keys(cell.format).length > 0 || cell.numberFormat !== 'General';
}

export function blankCell(): MemCell {
  return { value: '', numberFormat: 'General', format: {} };
}

/**
 * Insert `range` shifting cells down (Excel.InsertShiftDirection.down): cells, merges and conditional
 * formats at or below the range's top row, within its columns, move down by its height. New cells take
 * the formats of the cell above, as Excel's default "format same as above" does.
 */
export function insertShiftDown(sheet: MemSheet, range: CellRange): void {
  const height = range.bottom - range.top + 1;
  assertNoSplitMerge(sheet, range, range.top);
  const moved: Record<string, MemCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseKey(key);
    if (col >= range.left && col <= range.right && row >= range.top) moved[cellKey(row + height, col)] = cell;
    else moved[key] = cell;
  }
  sheet.cells = moved;
  for (let c = range.left; c <= range.right; c++) {
    const above = range.top > 0 ? sheet.cells[cellKey(range.top - 1, c)] : undefined;
    for (let r = range.top; r <= range.bottom; r++) {
      if (above) sheet.cells[cellKey(r, c)] = { ...blankCell(), numberFormat: above.numberFormat, format: cloneJson(above.format) };
    }
  }
  for (const m of sheet.merges) {
    if (m.col < range.left || m.col + m.cols - 1 > range.right) continue;
    if (m.row >= range.top) m.row += height;
    else if (m.row + m.rows - 1 >= range.top) m.rows += height; // insertion inside the area grows it
  }
  for (const cf of sheet.conditionalFormats) cf.ranges = cf.ranges.map((r) => shiftRangeDown(r, range, height));
}

function shiftRangeDown(r: CellRange, ins: CellRange, height: number): CellRange {
  if (r.left < ins.left || r.right > ins.right) return r;
  if (r.top >= ins.top) return { ...r, top: r.top + height, bottom: r.bottom + height };
  if (r.bottom >= ins.top) return { ...r, bottom: r.bottom + height };
  return r;
}

/** Delete `range` shifting cells up (Excel.DeleteShiftDirection.up). */
export function deleteShiftUp(sheet: MemSheet, range: CellRange): void {
  const height = range.bottom - range.top + 1;
  assertNoSplitMerge(sheet, range, range.top);
  const moved: Record<string, MemCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseKey(key);
    const inCols = col >= range.left && col <= range.right;
    if (inCols && row >= range.top && row <= range.bottom) continue;
    moved[inCols && row > range.bottom ? cellKey(row - height, col) : key] = cell;
  }
  sheet.cells = moved;
  sheet.merges = sheet.merges.flatMap((m) => {
    if (m.col < range.left || m.col + m.cols - 1 > range.right) return [m];
    const shrunk = shrink({ top: m.row, bottom: m.row + m.rows - 1 }, range.top, range.bottom);
    if (!shrunk) return [];
    const rows = shrunk.bottom - shrunk.top + 1;
    return rows * m.cols > 1 ? [{ ...m, row: shrunk.top, rows }] : [];
  });
  for (const cf of sheet.conditionalFormats) {
    cf.ranges = cf.ranges.flatMap((r) => {
      if (r.left < range.left || r.right > range.right) return [r];
      const s = shrink(r, range.top, range.bottom);
      return s ? [{ ...r, top: s.top, bottom: s.bottom }] : [];
    });
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
}

/** A row span after deleting rows top..bottom, or null when nothing is left. */
function shrink(span: { top: number; bottom: number }, top: number, bottom: number): { top: number; bottom: number } | null {
  const deleted = (r: number) => r >= top && r <= bottom;
  const first = deleted(span.top) ? bottom + 1 : span.top;
  const last = deleted(span.bottom) ? top - 1 : span.bottom;
  if (last < first) return null;
  const map = (r: number) => (r < top ? r : r - (bottom - top + 1));
  return { top: map(first), bottom: map(last) };
}

/** Excel refuses to shift part of a merged area ("This operation will cause some merged cells to unmerge"). */
function assertNoSplitMerge(sheet: MemSheet, range: CellRange, fromRow: number): void {
  for (const m of sheet.merges) {
    const mr = mergeRange(m);
    if (mr.bottom < fromRow) continue;
    const inside = mr.left >= range.left && mr.right <= range.right;
    const outside = mr.right < range.left || mr.left > range.right;
    if (!inside && !outside) {
      throw Object.assign(new Error('MergedRangeConflict'), { code: 'MergedRangeConflict' });
    }
  }
}

/** A deep copy of JSON data, as a save and reopen would give it (undefined stays undefined). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
