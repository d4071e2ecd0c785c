/**
 * A spend plan read as one cumulative series, in the plan's own terms: amounts in the table unit checked
 * against the budget, or percentages checked against 100 (SPEC 1.1: decided per table by the parser).
 */
import type { GoalTable, SpendMilestone } from '../model';

export interface SpendSeries {
  kind: 'amount' | 'percent';
  milestones: readonly SpendMilestone[];
  /** Each milestone's cumulative value (null when empty or not a number). */
  values: ReadonlyArray<number | null>;
  /** What the plan must end at: the budget (amount plan, null when unknown) or 100 (percent plan). */
  target: number | null;
}

const cache = new WeakMap<GoalTable, SpendSeries | null>();

/** The plan as a series, or null when there is no plan or it mixes units (spend/mixed-units reports that). */
export function spendSeriesOf(table: GoalTable): SpendSeries | null {
  if (cache.has(table)) return cache.get(table) ?? null;
  const series = computeSeries(table);
  cache.set(table, series);
  return series;
}

function computeSeries(table: GoalTable): SpendSeries | null {
  const plan = table.spend;
  if (!plan || plan.milestones.length === 0 || plan.kind === 'mixed') return null;
  const budget = table.header.budget?.amount ?? null;
  const kind = plan.kind === 'unknown' ? guessKind(plan.milestones, budget) : plan.kind;
  const values = plan.milestones.map((m) => (kind === 'amount' ? m.amount : m.percent));
  return { kind, milestones: plan.milestones, values, target: kind === 'amount' ? budget : 100 };
}

/** An undecided plan (only zeros, or nothing written): judged as amounts when the budget is known. */
function guessKind(milestones: readonly SpendMilestone[], budget: number | null): 'amount' | 'percent' {
  if (milestones.some((m) => m.percent !== null && m.amount === null)) return 'percent';
  return budget !== null || milestones.some((m) => m.amount !== null) ? 'amount' : 'percent';
}
