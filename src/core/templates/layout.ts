/**
 * Lays a whole new table (TableSpec) out in the usual 7-column form layout (SPEC 1.1), as a core Grid with
 * its merges, so that the add-in can write it to a sheet and the parser reads it back as one goal table.
 */
import { Grid } from '../grid';
import { cellOf, FORM_COLUMNS, layOutFormTable, type Entry } from '../layout';
import type { TableSpec } from './render';

export { FORM_COLUMNS };

export interface FormLayout {
  grid: Grid;
  rows: number;
  cols: number;
  /** Rows (relative to the top) that take a heading style. */
  titleRow: number;
  headerRows: number[];
}

/**
 * Everything is written as text except the money (shown `0.00`) and the spend plan (percent cells); the
 * goals go into one cell, under an empty department line beside the unit.
 */
export function formTableGrid(spec: TableSpec, sheetName = 'Sheet1'): FormLayout {
  const grid = new Grid(sheetName);
  const table = {
    ...spec,
    dept: '',
    budget: amount(spec.budget),
    fiscal: amount(spec.fiscal),
    other: amount(spec.other),
    spend: spec.spend.map((s) => cellOf(s)),
    goals: [['', spec.goals.map(([label, goal]) => (label ? `${label} ${goal}` : goal)).join('\n')]] as Array<[string, string]>,
  };
  const { title, labels, end } = layOutFormTable(grid, table, 0, 0, false);
  return { grid, rows: end, cols: FORM_COLUMNS, titleRow: title, headerRows: labels };
}

/** An amount with up to two decimals is shown with two (6 → 6.00); a longer one as typed. */
function amount(s: string): Entry {
  if (s === '' || !Number.isFinite(Number(s))) return s;
  const n = Number(s);
  const decimals = s.split('.')[1]?.length ?? 0;
  return decimals > 2 ? { value: n, text: s, numberFormat: 'General' } : { value: n, text: n.toFixed(2), numberFormat: '0.00' };
}
