/**
 * Reading a field's value beside its label. Values are found by label, never by fixed offsets:
 * departments shuffle columns, so the value is the first non-label cell right of the label (or, when
 * labels sit in a row of their own, the cell below it).
 */
import type { Cell, CellRef, Grid } from '../grid';
import type { TextField } from '../model';
import { formFieldOf, inlineFieldOf, isAnyLabel, unitLineOf } from './labels';
import type { CellInfo, SheetRows } from './rows';

/** The area of the sheet a table occupies, for lookups that must not wander into a neighbour. */
export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A label cell and its row. */
export interface Located {
  cell: CellInfo;
  row: number;
}

export function field(text: string, row: number, col: number): TextField {
  return { text, at: { row, col } };
}

/** Display text of a cell ('' when empty or merged away). */
export function textAt(grid: Grid, row: number, col: number): string {
  if (row < 0 || col < 0 || grid.isMergedAway(row, col)) return '';
  return displayText(grid.get(row, col));
}

/** Trimmed display text, falling back to the error or the raw value when a reader left `text` empty. */
export function displayText(cell: Cell): string {
  const text = typeof cell.text === 'string' ? cell.text.trim() : '';
  if (text) return text;
  if (cell.error) return cell.error;
  return cell.value === null || cell.value === undefined ? '' : String(cell.value).trim();
}

function isValueCandidate(text: string): boolean {
  return !isAnyLabel(text);
}

/**
 * The value of the field labelled by `label` in `row`. A label holding its own value (`项目名称：X`)
 * returns it; a missing value points at the empty cell right of the label.
 */
export function valueBeside(grid: Grid, rows: SheetRows, label: CellInfo, row: number, bounds: Bounds): TextField {
  if (formFieldOf(label.text) === null) {
    const inline = inlineFieldOf(label.text);
    if (inline) return field(inline.value, row, label.col);
  }
  for (const cell of rows.get(row)?.cells ?? []) {
    if (cell.col <= label.right) continue;
    if (unitLineOf(cell.text) !== null) continue;
    if (!isValueCandidate(cell.text)) break;
    return field(cell.text, row, cell.col);
  }
  const next = label.right + 1;
  const cells = rows.get(row)?.cells ?? [];
  const nextIsLabel = cells.some((c) => c.col === next && !isValueCandidate(c.text));
  const labelsOnly = cells.every((c) => !isValueCandidate(c.text));
  if (nextIsLabel || labelsOnly || next > bounds.right) {
    const below = belowLabel(grid, label, row);
    const belowMerge = grid.mergeOf(below.row, below.col);
    // A value under a label sits under that label only; a wide merge below is another row's text (资金用途).
    if (below.row <= bounds.bottom && (!belowMerge || belowMerge.col + belowMerge.cols - 1 <= label.right)) {
      const text = textAt(grid, below.row, below.col);
      if (text && isValueCandidate(text)) return field(text, below.row, below.col);
      if (!text) return field('', below.row, below.col);
    }
  }
  return field('', row, next);
}

/** The cell under a (possibly merged) label. */
function belowLabel(grid: Grid, label: CellInfo, row: number): CellRef {
  const merge = grid.mergeOf(row, label.col);
  return { row: merge ? merge.row + merge.rows : row + 1, col: label.col };
}

/** The first value cell right of `col` in a row (skipping labels), or null. */
export function firstValueRightOf(rows: SheetRows, row: number, col: number): CellInfo | null {
  for (const cell of rows.get(row)?.cells ?? []) {
    if (cell.col > col && isValueCandidate(cell.text)) return cell;
  }
  return null;
}
