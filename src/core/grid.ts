/**
 * The grid model: what the core sees of a worksheet, whoever read it (Office.js or an .xlsx file).
 *
 * Coordinates are absolute, 0-based sheet positions (row 0 = Excel row 1, col 0 = column A), so that
 * a finding's cell is a real sheet address even when the used range starts at C5.
 * A merged area keeps its value in its top-left cell only; the other cells of the area are empty.
 */
export type CellValue = string | number | boolean | null;

export interface Cell {
  /** Raw value: number for numbers (a percent is a fraction: 30% → 0.3), string for text, null when empty. */
  value: CellValue;
  /** What Excel shows (number format applied); for text, the text itself. */
  text: string;
  /** Excel number format code, e.g. `0%`, `0.00`, `General`. */
  numberFormat?: string;
  /** Error value as Excel shows it (`#REF!`, `#DIV/0!`) when the cell holds an error. */
  error?: string;
  /** True when the cell holds a formula (its value is the computed result). */
  formula?: boolean;
}

export interface CellRef {
  row: number;
  col: number;
}

export interface Merge {
  /** Top-left cell of the merged area. */
  row: number;
  col: number;
  /** Size of the area (≥ 1 each, at least one > 1). */
  rows: number;
  cols: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const EMPTY: Cell = Object.freeze({ value: null, text: '' }) as Cell;

export class Grid {
  /** Sparse rows: cells[r][c], absolute positions. */
  private readonly cells: Array<Array<Cell | undefined> | undefined> = [];
  private readonly mergeAt = new Map<number, Merge>();
  readonly merges: Merge[] = [];
  /** One past the last row / column holding anything. */
  rowCount = 0;
  colCount = 0;

  constructor(readonly sheetName = 'Sheet1') {}

  get(row: number, col: number): Cell {
    return this.cells[row]?.[col] ?? EMPTY;
  }

  set(row: number, col: number, cell: Cell): void {
    if (row < 0 || col < 0) throw new RangeError(`negative cell position ${row},${col}`);
    const line = (this.cells[row] ??= []);
    line[col] = cell;
    if (row >= this.rowCount) this.rowCount = row + 1;
    if (col >= this.colCount) this.colCount = col + 1;
  }

  /** Trimmed display text of a cell ('' when empty). */
  text(row: number, col: number): string {
    return this.get(row, col).text.trim();
  }

  addMerge(merge: Merge): void {
    this.merges.push(merge);
    for (let r = merge.row; r < merge.row + merge.rows; r++) {
      for (let c = merge.col; c < merge.col + merge.cols; c++) this.mergeAt.set(key(r, c), merge);
    }
    const bottom = merge.row + merge.rows;
    const right = merge.col + merge.cols;
    if (bottom > this.rowCount) this.rowCount = bottom;
    if (right > this.colCount) this.colCount = right;
  }

  /** The merged area covering a cell, if any. */
  mergeOf(row: number, col: number): Merge | undefined {
    return this.mergeAt.get(key(row, col));
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isMergedAway(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return m !== undefined && (m.row !== row || m.col !== col);
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** 0-based position → A1 address. */
export function toA1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function rangeToA1(range: CellRange): string {
  return `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`;
}

/** A1 address (with or without `$`, with or without a `Sheet!` prefix) → 0-based position. */
export function fromA1(address: string): CellRef {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(local.trim());
  if (!m) throw new SyntaxError(`not an A1 cell address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRangeA1(address: string): CellRange {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = local.split(':');
  const start = fromA1(a);
  const end = b ? fromA1(b) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}
