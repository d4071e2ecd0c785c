import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/**
 * A rate set in the wrong direction: a positive one (完成率, 处置率, 落实率 …) capped with ≤/<, a negative
 * one (发生率, 危险率, 复访率 …) floored with ≥/>. A reduction (下降率, 减少…) is positive.
 */
export const valueDirection: CatalogueRule = {
  meta: { id: 'value/direction', defaultSeverity: 'warning', category: 'value', messageIds: ['positiveCapped', 'negativeFloored'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (!value || value.operatorImplicit || value.operator === '=') continue;
      const polarity = senseOf(ind).polarity;
      const capped = value.operator === '<=' || value.operator === '<';
      const args = { name: ind.name.text, value: ind.value.text };
      if (polarity === 'positive' && capped) report({ at: ind.value.at, messageId: 'positiveCapped', args });
      else if (polarity === 'negative' && !capped && value.number > 0) {
        report({ at: ind.value.at, messageId: 'negativeFloored', args });
      }
    }
  },
};
