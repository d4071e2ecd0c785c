import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/** A count (名称以 数/数量/次数/人数 结尾) given as a percentage. */
export const valueCountUnit: CatalogueRule = {
  meta: { id: 'value/count-unit', defaultSeverity: 'warning', category: 'value', messageIds: ['percent'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (value?.unitKind !== 'percent' || !senseOf(ind).count) continue;
      report({ at: ind.value.at, messageId: 'percent', args: { name: ind.name.text, value: ind.value.text } });
    }
  },
};
