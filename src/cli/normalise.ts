/**
 * Turns an exceljs worksheet into the core Grid, the same grid the add-in builds from Office.js:
 * a merged area's value only in its top-left cell (exceljs repeats it in every cell of the area),
 * `text` as Excel displays it, dates as serial numbers, formulas as their computed result.
 * No file access here: the reader (xlsx.ts) loads, this module normalises.
 */
import type { Cell as ExcelCell, CellValue as ExcelValue, Worksheet } from 'exceljs';
import { format, isValidFormat } from 'numfmt';
import { Grid, type Cell, type Merge } from '../core/grid';

export const GENERAL = 'General';

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DATE_1904_OFFSET = 1_462;

export interface NormaliseOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  date1904?: boolean;
  /** Stop with a CellLimitError after this many non-empty cells. */
  maxCells?: number;
}

/** Thrown when a worksheet holds more cells than allowed. */
export class CellLimitError extends RangeError {
  constructor(readonly limit: number) {
    super(`more than ${limit} cells`);
    this.name = 'CellLimitError';
  }
}

export function worksheetToGrid(sheet: Worksheet, options: NormaliseOptions = {}): Grid {
  return normaliseWorksheet(sheet, options).grid;
}

/** The grid and the number of non-empty cells it holds. */
export function normaliseWorksheet(sheet: Worksheet, options: NormaliseOptions = {}): { grid: Grid; cells: number } {
  const grid = new Grid(sheet.name);
  const maxCells = options.maxCells ?? Infinity;
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (isMergedAway(cell)) return;
      const gridCell = toGridCell(cell.value, cell.numFmt, options.date1904 ?? false);
      if (!gridCell) return;
      if (++count > maxCells) throw new CellLimitError(maxCells);
      grid.set(Number(cell.row) - 1, Number(cell.col) - 1, gridCell);
    });
  });
  for (const merge of sheetMerges(sheet)) grid.addMerge(merge);
  return { grid, cells: count };
}

/** A cell inside a merged area other than its top-left one: exceljs echoes the master's value there. */
function isMergedAway(cell: ExcelCell): boolean {
  return cell.isMerged && cell.master !== cell && cell.master.address !== cell.address;
}

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The worksheet's merged areas, 0-based. exceljs keeps them in `_merges` (master address → range);
 * the public `model.merges` serialises the whole sheet, so it is only the fallback.
 */
export function sheetMerges(sheet: Worksheet): Merge[] {
  const internal = (sheet as unknown as { _merges?: Record<string, RangeLike | undefined> })._merges;
  const ranges: RangeLike[] = internal
    ? Object.values(internal).filter((r): r is RangeLike => r !== undefined)
    : (sheet.model.merges ?? []).map(parseRange);
  return ranges
    .map((r) => ({ row: r.top - 1, col: r.left - 1, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 }))
    .filter((m) => m.rows > 1 || m.cols > 1)
    .sort((a, b) => a.row - b.row || a.col - b.col);
}

function parseRange(address: string): RangeLike {
  const [a, b = a] = address.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** 1-based row/col of an A1 address. */
function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new SyntaxError(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/**
 * One exceljs cell value → a grid cell, or null when the cell shows nothing.
 * `numFmt` is the cell's number format (undefined = General).
 */
export function toGridCell(value: ExcelValue, numFmt: string | undefined, date1904 = false): Cell | null {
  const numberFormat = numFmt && numFmt.trim() !== '' ? numFmt : GENERAL;
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelValue }).result;
      const computed = toGridCell(result ?? null, numFmt, date1904);
      return { ...(computed ?? { value: null, text: '' }), numberFormat, formula: true };
    }
    if ('error' in value) return errorCell(String(value.error), numberFormat);
    if ('richText' in value) return textCell(flattenRichText(value.richText), numberFormat);
    if ('text' in value) return textCell(plainText(value.text), numberFormat);
    return null;
  }
  if (value instanceof Date) {
    // The value is the serial in the workbook's date system; the display is the same date either way.
    const text = displayNumber(dateToSerial(value, false), numberFormat);
    return { value: dateToSerial(value, date1904), text, numberFormat };
  }
  if (typeof value === 'number') return numberCell(value, numberFormat);
  if (typeof value === 'boolean') return { value, text: value ? 'TRUE' : 'FALSE', numberFormat };
  return textCell(value, numberFormat);
}

function textCell(text: string, numberFormat: string): Cell | null {
  if (text === '') return null;
  return { value: text, text, numberFormat };
}

/** Office.js reports an error cell's value and text as the error string (`#REF!`). */
function errorCell(error: string, numberFormat: string): Cell {
  return { value: error, text: error, numberFormat, error };
}

function numberCell(value: number, numberFormat: string): Cell {
  return { value, text: displayNumber(value, numberFormat), numberFormat };
}

/** What Excel shows for a number in a format; General when the format is not understood. */
export function displayNumber(value: number, numberFormat: string): string {
  const pattern = isValidFormat(numberFormat) ? numberFormat : GENERAL;
  return format(pattern, value, { locale: 'zh-CN', throws: false });
}

function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return date1904 ? serial - DATE_1904_OFFSET : serial;
}

function flattenRichText(runs: ReadonlyArray<{ text?: string }>): string {
  return runs.map((run) => run.text ?? '').join('');
}

/** A hyperlink's text may itself be rich text. */
function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text) {
    return flattenRichText((text as { richText: Array<{ text?: string }> }).richText);
  }
  return text === null || text === undefined ? '' : String(text);
}
