import type { GoalTable, Indicator, MoneyUnit } from '../model';
import { perUnitCountsOf, senseOf } from './lexicon';
import { convertMoney, moneyAmount } from '../parse/value';
import { exceeds, formatNumber, isCostIndicator, numberOf, type NumberValue } from './util';
import type { CatalogueRule } from './types';

/**
 * A per-unit cost times the matching quantity above the budget (人均 300元 × 610人 > budget). The smallest
 * matching quantity is used, so that only a certain overrun is reported.
 */
export const costPerUnitTotal: CatalogueRule = {
  meta: { id: 'cost/per-unit-total', defaultSeverity: 'warning', category: 'cost', messageIds: ['exceeds'] },
  checkTable(table, { report }) {
    const budget = table.header.budget?.amount;
    if (budget === undefined || budget === null) return;
    const unit = table.header.unit;
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind)) continue;
      const perUnit = perUnitOf(ind, unit);
      if (!perUnit) continue;
      const quantity = smallestQuantity(table, perUnit.counts);
      if (!quantity) continue;
      const total = perUnit.amount * quantity.value.number;
      if (!exceeds(total, budget)) continue;
      report({
        at: ind.value.at,
        messageId: 'exceeds',
        args: {
          value: ind.value.text,
          quantity: quantity.text,
          total: formatNumber(total),
          budget: formatNumber(budget),
          unit,
        },
      });
    }
  },
};

/** The amount per unit in the table unit and the count units it multiplies (元/人 → 人; 人均 … 元 → 人). */
function perUnitOf(ind: Indicator, unit: MoneyUnit): { amount: number; counts: readonly string[] } | null {
  const value = numberOf(ind.value.parsed);
  if (!value) return null;
  if (value.unitKind === 'per-unit-money') {
    const per = value.unit.split('/')[1] ?? '';
    const counts = per === '人' ? ['人', '人次', '名'] : [per];
    return { amount: convertMoney(value.number, value.moneyUnit ?? '元', unit), counts };
  }
  const counts = perUnitCountsOf(senseOf(ind).name);
  const amount = moneyAmount(value, unit);
  return counts.length > 0 && amount !== null ? { amount, counts } : null;
}

function smallestQuantity(table: GoalTable, counts: readonly string[]): { value: NumberValue; text: string } | null {
  let best: { value: NumberValue; text: string } | null = null;
  for (const ind of table.indicators) {
    const value = numberOf(ind.value.parsed);
    if (!value || value.unitKind !== 'count' || !counts.includes(value.unit) || value.number <= 0) continue;
    if (!best || value.number < best.value.number) best = { value, text: ind.value.text };
  }
  return best;
}
