import { moneyAmount } from '../parse/value';
import { perUnitCountsOf, senseOf } from './lexicon';
import { exceeds, formatNumber, isCostIndicator, numberOf } from './util';
import type { CatalogueRule } from './types';

/** A total cost above the project's budget, compared in the table unit (元/千元/万元/亿元 converted). */
export const costExceedsBudget: CatalogueRule = {
  meta: { id: 'cost/exceeds-budget', defaultSeverity: 'error', category: 'cost', messageIds: ['exceeds'] },
  checkTable(table, { report }) {
    const budget = table.header.budget?.amount;
    if (budget === undefined || budget === null) return;
    const unit = table.header.unit;
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind) || perUnitCountsOf(senseOf(ind).name).length > 0) continue;
      const value = numberOf(ind.value.parsed);
      const amount = value && moneyAmount(value, unit);
      if (amount === null || amount === undefined || !exceeds(amount, budget)) continue;
      report({
        at: ind.value.at,
        messageId: 'exceeds',
        args: { name: ind.name.text, value: ind.value.text, amount: formatNumber(amount), budget: formatNumber(budget), unit },
      });
    }
  },
};
