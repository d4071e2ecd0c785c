/** Assembles a GoalTable from a located block: the form part above the header, the indicators below. */
import type { Grid } from '../grid';
import type { GoalTable } from '../model';
import type { Bounds } from './fields';
import { parseFormPart } from './form';
import { completeColumns, parseIndicators } from './indicators';
import type { TableBlock } from './locate';
import type { SheetRows } from './rows';

export function buildTable(grid: Grid, rows: SheetRows, block: TableBlock, index: number): GoalTable {
  const { left, right } = horizontalExtent(rows, block);
  const headerRow = block.headerRow ?? block.bottom + 1;
  const columns = block.columns ?? completeColumns(new Map([['level1', left]]));
  const formBounds: Bounds = {
    top: block.titleRow === null ? block.top : block.titleRow + 1,
    bottom: (block.headerRow ?? block.bottom + 1) - 1,
    left,
    right,
  };
  const form = parseFormPart(grid, rows, block.titleRow, formBounds, headerRow);
  const indicators = block.headerRow === null ? [] : parseIndicators(grid, rows, block.headerRow, block.bottom, columns);
  return {
    index,
    layout: form.layout,
    range: { top: block.top, left, bottom: block.bottom, right },
    header: form.header,
    ...(form.spend ? { spend: form.spend } : {}),
    goals: form.goals,
    goalsAt: form.goalsAt,
    indicatorHeader: { row: headerRow, columns },
    indicators,
  };
}

/** Leftmost and rightmost columns used by the block's rows (merges included). */
function horizontalExtent(rows: SheetRows, block: TableBlock): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let r = block.top; r <= block.bottom; r++) {
    for (const cell of rows.get(r)?.cells ?? []) {
      left = Math.min(left, cell.col);
      right = Math.max(right, cell.right);
    }
  }
  if (block.columns) {
    for (const col of Object.values(block.columns)) {
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
  }
  if (!Number.isFinite(left)) return { left: 0, right: 0 };
  return { left, right };
}
