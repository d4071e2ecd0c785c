import type { CatalogueRule } from './types';

/** A named indicator without 绩效指标描述. */
export const indicatorMissingDescription: CatalogueRule = {
  meta: { id: 'indicator/missing-description', defaultSeverity: 'warning', category: 'indicator', messageIds: ['missing'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (ind.name.text && !ind.description.text) {
        report({ at: ind.description.at, messageId: 'missing', args: { name: ind.name.text } });
      }
    }
  },
};
