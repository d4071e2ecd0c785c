import { speaksOfTime } from './lexicon';
import type { CatalogueRule } from './types';

/**
 * A 时效 indicator that says nothing about time in its name, description or value: a count of activities
 * or an uptime/rectification rate filed under 时效.
 */
export const timelinessNotTime: CatalogueRule = {
  meta: { id: 'timeliness/not-time', defaultSeverity: 'warning', category: 'timeliness', messageIds: ['noTime'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (ind.level2Kind !== 'timeliness') continue;
      const { parsed, at, text } = ind.value;
      if (parsed.kind === 'empty' || parsed.kind === 'deadline') continue;
      if (parsed.kind === 'number' && parsed.unitKind === 'time') continue;
      if (speaksOfTime(ind)) continue;
      report({ at, messageId: 'noTime', args: { name: ind.name.text, value: text } });
    }
  },
};
