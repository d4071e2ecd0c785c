/**
 * 资金支出计划: milestone labels (3月底 6月底 9月底/10月底 12月底) with one cumulative value under each.
 * Whether the values are amounts or percentages is decided per table (SPEC 1.1): percent-formatted or
 * written with %, amounts when plain numbers — even though the label says （%）; `0` fits both.
 */
import type { Grid } from '../grid';
import type { MoneyUnit, ParsedValue, SpendMilestone, SpendPlan } from '../model';
import { type Bounds, field, type Located, textAt } from './fields';
import { milestoneMonthOf } from './labels';
import type { CellInfo, RowInfo } from './rows';
import { moneyAmount, parseValue } from './value';

export function parseSpendPlan(
  grid: Grid,
  rows: RowInfo[],
  label: Located | undefined,
  bounds: Bounds,
  unit: MoneyUnit,
): SpendPlan | undefined {
  const found = findMilestones(rows, bounds);
  if (!label && !found) return undefined;
  const labelField = label ? field(label.cell.text, label.row, label.cell.col) : field('', found!.row, bounds.left);
  if (!found) {
    const merge = grid.mergeOf(label!.row, label!.cell.col);
    const bottom = merge ? merge.row + merge.rows - 1 : label!.row;
    return { label: labelField, milestones: [], kind: 'unknown', rows: { top: label!.row, bottom } };
  }
  const valueRow = found.row + 1;
  const values = found.cells.map((cell) => readValue(grid, valueRow, cell.col, valueRow <= bounds.bottom));
  const kind = planKind(values.map((v) => v.parsed));
  const milestones: SpendMilestone[] = found.cells.map((cell, i) => ({
    label: field(cell.text, found.row, cell.col),
    value: values[i],
    ...measure(values[i].parsed, kind, unit),
  }));
  const top = label ? Math.min(label.row, found.row) : found.row;
  return { label: labelField, milestones, kind, rows: { top, bottom: Math.max(valueRow, top) } };
}

/** The first row of the region with at least two milestone labels. */
function findMilestones(rows: RowInfo[], bounds: Bounds): { row: number; cells: CellInfo[] } | null {
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const cells = (rows[r]?.cells ?? []).filter((c) => milestoneMonthOf(c.text) !== null);
    if (cells.length >= 2) return { row: r, cells };
  }
  return null;
}

function readValue(grid: Grid, row: number, col: number, inside: boolean): SpendMilestone['value'] {
  const text = inside ? textAt(grid, row, col) : '';
  const parsed: ParsedValue = text ? parseValue(grid.get(row, col)) : { kind: 'empty', raw: '' };
  return { text, at: { row, col }, parsed };
}

const isPercent = (p: ParsedValue): boolean => p.kind === 'number' && p.unitKind === 'percent';
const isAmount = (p: ParsedValue): boolean => p.kind === 'number' && (p.unitKind === 'none' || p.unitKind === 'money');

export function planKind(values: ParsedValue[]): SpendPlan['kind'] {
  const nonZero = values.filter((p) => p.kind === 'number' && p.number !== 0);
  const percent = nonZero.some(isPercent);
  const amount = nonZero.some(isAmount);
  if (percent && amount) return 'mixed';
  if (percent) return 'percent';
  if (amount) return 'amount';
  return 'unknown';
}

/** A milestone's amount (table unit) and percent; a `0` counts as whichever the plan is. */
function measure(parsed: ParsedValue, kind: SpendPlan['kind'], unit: MoneyUnit): { amount: number | null; percent: number | null } {
  if (parsed.kind !== 'number') return { amount: null, percent: null };
  if (isPercent(parsed)) return { amount: null, percent: parsed.number };
  if (!isAmount(parsed)) return { amount: null, percent: null };
  if (parsed.number === 0) {
    if (kind === 'percent') return { amount: null, percent: 0 };
    if (kind === 'amount') return { amount: 0, percent: null };
    return { amount: 0, percent: 0 };
  }
  return { amount: moneyAmount(parsed, unit), percent: null };
}
