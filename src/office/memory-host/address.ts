import { columnName, type CellRange } from '../../core/grid';
import { MAX_COLS, MAX_ROWS } from './model';

/** Excel quotes a sheet name in an address when it holds anything but letters, digits, `_` and `.`. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function localAddress(r: CellRange): string {
  const a = `${columnName(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return a;
  if (r.left === 0 && r.right === MAX_COLS - 1) return `${r.top + 1}:${r.bottom + 1}`;
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${columnName(r.left)}:${columnName(r.right)}`;
  return `${a}:${columnName(r.right)}${r.bottom + 1}`;
}

export function fullAddress(sheetName: string, r: CellRange): string {
  return `${quoteSheetName(sheetName)}!${localAddress(r)}`;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** `A1`, `$A$1:C3`, `3:5` (rows), `A:C` (columns), with or without a `Sheet!` prefix. Null if malformed. */
export function parseAddress(address: string): { sheet?: string; range: CellRange } | null {
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : undefined;
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim().toUpperCase();
  const parts = local.split(':');
  if (parts.length > 2) return null;
  const [a, b = a] = parts;
  let range: CellRange | null = null;
  const cell = /^([A-Z]{1,3})(\d+)$/;
  if (cell.test(a) && cell.test(b)) {
    const [, c1, r1] = cell.exec(a)!;
    const [, c2, r2] = cell.exec(b)!;
    range = { top: Number(r1) - 1, left: columnIndex(c1), bottom: Number(r2) - 1, right: columnIndex(c2) };
  } else if (/^\d+$/.test(a) && /^\d+$/.test(b) && parts.length === 2) {
    range = { top: Number(a) - 1, bottom: Number(b) - 1, left: 0, right: MAX_COLS - 1 };
  } else if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b) && parts.length === 2) {
    range = { top: 0, bottom: MAX_ROWS - 1, left: columnIndex(a), right: columnIndex(b) };
  }
  if (!range) return null;
  const norm = {
    top: Math.min(range.top, range.bottom),
    bottom: Math.max(range.top, range.bottom),
    left: Math.min(range.left, range.right),
    right: Math.max(range.left, range.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom >= MAX_ROWS || norm.right >= MAX_COLS) return null;
  return { sheet, range: norm };
}
