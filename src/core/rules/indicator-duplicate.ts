import type { Indicator } from '../model';
import { senseOf } from './lexicon';
import type { CatalogueRule } from './types';

/** Same 三级 name and same description twice in one table: the later row is a copy. */
export const indicatorDuplicate: CatalogueRule = {
  meta: { id: 'indicator/duplicate', defaultSeverity: 'warning', category: 'indicator', messageIds: ['duplicate'] },
  checkTable(table, { report }) {
    const first = new Map<string, Indicator>();
    for (const ind of table.indicators) {
      const { name, description } = senseOf(ind);
      if (!name) continue;
      const key = `${name}\u0000${description}`;
      const earlier = first.get(key);
      if (!earlier) first.set(key, ind);
      else report({ at: ind.name.at, messageId: 'duplicate', args: { name: ind.name.text, firstRow: earlier.row + 1 } });
    }
  },
};
