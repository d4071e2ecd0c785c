import { frameworkOf } from './framework';
import type { CatalogueRule } from './types';
import { cellKey } from './util';

/** 一级 label outside the framework (or empty), reported once per label cell. */
export const structureUnknownLevel1: CatalogueRule = {
  meta: {
    id: 'structure/unknown-level1',
    defaultSeverity: 'error',
    category: 'structure',
    messageIds: ['unknown', 'otherFramework', 'missing'],
  },
  checkTable(table, { report, settings }) {
    const seen = new Set<number>();
    for (const ind of table.indicators) {
      const { text, at } = ind.level1;
      const key = cellKey(at);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!text) report({ at, messageId: 'missing' });
      else if (ind.level1Kind === null) report({ at, messageId: 'unknown', args: { label: text } });
      else if (ind.level1Kind === 'cost' && frameworkOf(table, settings) === 'classic') {
        report({ at, messageId: 'otherFramework', args: { label: text } });
      }
    }
  },
};
