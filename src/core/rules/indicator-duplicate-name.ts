import type { Indicator } from '../model';
import { senseOf } from './lexicon';
import type { CatalogueRule } from './types';

/** Same 三级 name twice in one table with different descriptions: perhaps meant, worth a look. */
export const indicatorDuplicateName: CatalogueRule = {
  meta: { id: 'indicator/duplicate-name', defaultSeverity: 'info', category: 'indicator', messageIds: ['sameName'] },
  checkTable(table, { report }) {
    const first = new Map<string, Indicator>();
    for (const ind of table.indicators) {
      const name = senseOf(ind).name;
      if (!name) continue;
      const earlier = first.get(name);
      if (!earlier) first.set(name, ind);
      else if (senseOf(earlier).description !== senseOf(ind).description) {
        report({ at: ind.name.at, messageId: 'sameName', args: { name: ind.name.text, firstRow: earlier.row + 1 } });
      }
    }
  },
};
