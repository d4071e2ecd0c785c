import { isCostIndicator, isMoneyValue } from './util';
import type { CatalogueRule } from './types';

/** A 成本 indicator must be an amount of money, not a rate, `是`, `在预算范围内` or a procedure. */
export const costNotMonetary: CatalogueRule = {
  meta: { id: 'cost/not-monetary', defaultSeverity: 'error', category: 'cost', messageIds: ['notMoney'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind)) continue;
      const { parsed, at, text } = ind.value;
      if (parsed.kind === 'empty' || parsed.kind === 'error') continue;
      if (!isMoneyValue(parsed)) report({ at, messageId: 'notMoney', args: { name: ind.name.text, value: text, unit: table.header.unit } });
    }
  },
};
