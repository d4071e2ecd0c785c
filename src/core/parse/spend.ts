/**
 * 资金支出计划: milestone labels (3月底 6月底 9月底/10月底 12月底) with one cumulative value under each.
 * Whether the values are amounts or percentages is decided per table (SPEC 1.1): percent-formatted or
 * written with %; plain numbers are amounts in the table unit even though the label says （%）, unless they
 * cannot be amounts of this budget and read as a cumulative percent plan (see barePercentages); `0` fits both.
 */
import type { Grid } from '../grid';
import type { MoneyUnit, ParsedValue, SpendMilestone, SpendPlan } from '../model';
import { type Bounds, field, type Located, textAt } from './fields';
import { milestoneMonthOf } from './labels';
import type { CellInfo, SheetRows } from './rows';
import { moneyAmount, parseValue } from './value';

export function parseSpendPlan(
  grid: Grid,
  rows: SheetRows,
  label: Located | undefined,
  bounds: Bounds,
  unit: MoneyUnit,
  budget: number | null,
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
  const parsed = values.map((v) => v.parsed);
  const bare = barePercentages(parsed, label?.cell.text ?? '', budget);
  const kind = bare ? 'percent' : planKind(parsed);
  const milestones: SpendMilestone[] = found.cells.map((cell, i) => ({
    label: field(cell.text, found.row, cell.col),
    value: values[i],
    ...(bare ? barePercent(parsed[i]) : measure(parsed[i], kind, unit)),
  }));
  const top = label ? Math.min(label.row, found.row) : found.row;
  return { label: labelField, milestones, kind, rows: { top, bottom: Math.max(valueRow, top) } };
}

/** The first row of the region with at least two milestone labels. */
function findMilestones(rows: SheetRows, bounds: Bounds): { row: number; cells: CellInfo[] } | null {
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const cells = (rows.get(r)?.cells ?? []).filter((c) => milestoneMonthOf(c.text) !== null);
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

/** Tolerance of money and percent comparisons (SPEC: 0.005 in the table unit), plus float noise. */
export const TOLERANCE = 0.005 + 1e-9;
const isPlain = (p: ParsedValue): boolean => p.kind === 'number' && p.unitKind === 'none';

/**
 * `30 60 90 100` typed without % under a `资金支出计划（%）` label: percentages, when they cannot be amounts
 * of this budget (known and not 100, so a plan ending at 100 misses it) and do read as a cumulative
 * percent plan (plain numbers only, none above 100, the last one 100). A budget of 100 reads both ways
 * alike, so the plan stays in amounts, as the spec's default has it.
 */
export function barePercentages(values: ParsedValue[], label: string, budget: number | null): boolean {
  if (budget === null || Math.abs(budget - 100) <= TOLERANCE || !/[%％]/.test(label)) return false;
  const numbers = values.filter((p) => p.kind === 'number');
  const last = values[values.length - 1];
  if (last?.kind !== 'number' || Math.abs(last.number - 100) > TOLERANCE) return false;
  return numbers.every((p) => isPlain(p) && p.number <= 100 + TOLERANCE);
}

function barePercent(parsed: ParsedValue): { amount: number | null; percent: number | null } {
  return { amount: null, percent: parsed.kind === 'number' ? parsed.number : null };
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
