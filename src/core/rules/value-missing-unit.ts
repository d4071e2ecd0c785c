import type { Indicator } from '../model';
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
      const messageId = missingUnitOf(ind, table.header.unitAt !== undefined);
      if (messageId) report({ at: ind.value.at, messageId, args: { name: ind.name.text, value: ind.value.text } });
    }
  },
};

/** Which unit a bare number lacks: money (only when the table states no unit), %, or a count unit. */
function missingUnitOf(ind: Indicator, tableStatesUnit: boolean): 'money' | 'rate' | 'count' | null {
  if (isCostIndicator(ind)) return tableStatesUnit ? null : 'money';
  const sense = senseOf(ind);
  if (sense.satisfaction) return null;
  if (sense.rate) return 'rate';
  return sense.count ? 'count' : null;
}
