import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/**
 * A 满意度 target of 100% (or ≥100%) is not credible, one below the configured minimum (60%) is not a
 * target, and satisfaction is measured in %.
 */
export const valueSatisfaction: CatalogueRule = {
  meta: { id: 'value/satisfaction', defaultSeverity: 'warning', category: 'value', messageIds: ['full', 'low', 'noPercent'] },
  checkTable(table, { report, settings }) {
    const { min, max } = settings.satisfaction;
    for (const ind of table.indicators) {
      const { parsed, at, text } = ind.value;
      if (parsed.kind === 'empty' || parsed.kind === 'error' || !senseOf(ind).satisfaction) continue;
      const value = numberOf(parsed);
      const args = { name: ind.name.text, value: text };
      if (value?.unitKind !== 'percent') report({ at, messageId: 'noPercent', args });
      else if (value.number >= max && value.operator !== '<' && value.operator !== '<=') report({ at, messageId: 'full', args });
      else if (value.number < min && value.operator !== '<' && value.operator !== '<=') {
        report({ at, messageId: 'low', args: { ...args, min } });
      }
    }
  },
};
