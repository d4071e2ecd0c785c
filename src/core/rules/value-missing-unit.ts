import { senseOf } from './lexicon';
import { isCostIndicator, numberOf } from './util';
import type { CatalogueRule } from './types';

/**
 * A bare number where a unit is needed: a rate without %, a count without 人/件/次…, a cost amount in a
 * table that states no money unit. Satisfaction is value/satisfaction's.
 */
export const valueMissingUnit: CatalogueRule = {
  meta: { id: 'value/missing-unit', defaultSeverity: 'warning', category: 'value', messageIds: ['rate', 'count', 'money'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (!value || value.unitKind !== 'none') continue;
      const sense = senseOf(ind);
      const args = { name: ind.name.text, value: ind.value.text };
      if (isCostIndicator(ind)) {
        if (!table.header.unitAt) report({ at: ind.value.at, messageId: 'money', args });
      } else if (sense.satisfaction) continue;
      else if (sense.rate) report({ at: ind.value.at, messageId: 'rate', args });
      else if (sense.count) report({ at: ind.value.at, messageId: 'count', args });
    }
  },
};
