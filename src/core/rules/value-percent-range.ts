import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/**
 * A percentage above 100 or below 0, or `≥100%` (nothing can exceed 100%: write `=100%`). Growth rates may
 * exceed 100%; satisfaction values are value/satisfaction's.
 */
export const valuePercentRange: CatalogueRule = {
  meta: { id: 'value/percent-range', defaultSeverity: 'error', category: 'value', messageIds: ['above', 'below', 'atLeast100'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (!value || value.unitKind !== 'percent') continue;
      const sense = senseOf(ind);
      if (sense.satisfaction || sense.growth) continue;
      const args = { name: ind.name.text, value: ind.value.text };
      if (value.number > 100) report({ at: ind.value.at, messageId: 'above', args });
      else if (value.number < 0) report({ at: ind.value.at, messageId: 'below', args });
      else if (value.number === 100 && (value.operator === '>=' || value.operator === '>')) {
        report({ at: ind.value.at, messageId: 'atLeast100', args });
      }
    }
  },
};
