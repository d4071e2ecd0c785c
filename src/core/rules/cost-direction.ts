import { isCostIndicator, isMoneyValue } from './util';
import type { CatalogueRule } from './types';

/** A cost is a ceiling: `≥`/`>` invites spending more. Non-money values are cost/not-monetary's. */
export const costDirection: CatalogueRule = {
  meta: { id: 'cost/direction', defaultSeverity: 'error', category: 'cost', messageIds: ['atLeast'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (!isCostIndicator(ind)) continue;
      const value = ind.value.parsed;
      if (!isMoneyValue(value)) continue;
      if (value.operator === '>=' || value.operator === '>') {
        report({ at: ind.value.at, messageId: 'atLeast', args: { name: ind.name.text, value: ind.value.text } });
      }
    }
  },
};
