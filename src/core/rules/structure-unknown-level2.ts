import type { CatalogueRule } from './types';
import { cellKey } from './util';

/** 二级 label not recognised (or empty), reported once per label cell. */
export const structureUnknownLevel2: CatalogueRule = {
  meta: { id: 'structure/unknown-level2', defaultSeverity: 'warning', category: 'structure', messageIds: ['unknown', 'missing'] },
  checkTable(table, { report }) {
    const seen = new Set<number>();
    for (const ind of table.indicators) {
      const { text, at } = ind.level2;
      const key = cellKey(at);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!text) report({ at, messageId: 'missing' });
      else if (ind.level2Kind === null) report({ at, messageId: 'unknown', args: { label: text } });
    }
  },
};
