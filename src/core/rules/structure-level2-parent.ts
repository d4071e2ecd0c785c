import { frameworkOf, isAllowed } from './framework';
import type { CatalogueRule } from './types';
import { cellKey } from './util';

/** 二级 under the wrong 一级 (社会效益 under 产出, 数量 under 效益 …), judged in the table's framework. */
export const structureLevel2Parent: CatalogueRule = {
  meta: { id: 'structure/level2-parent', defaultSeverity: 'error', category: 'structure', messageIds: ['notAllowed'] },
  checkTable(table, { report, settings }) {
    const framework = frameworkOf(table, settings);
    const seen = new Set<number>();
    for (const ind of table.indicators) {
      if (ind.level1Kind === null || ind.level2Kind === null) continue;
      const { at } = ind.level2;
      const key = cellKey(at);
      if (seen.has(key) || isAllowed(framework, ind.level1Kind, ind.level2Kind)) continue;
      seen.add(key);
      report({ at, messageId: 'notAllowed', args: { level2: ind.level2.text, level1: ind.level1.text } });
    }
  },
};
