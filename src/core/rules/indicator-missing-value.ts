import type { CatalogueRule } from './types';

/** An indicator (named or described) without 指标值. */
export const indicatorMissingValue: CatalogueRule = {
  meta: { id: 'indicator/missing-value', defaultSeverity: 'error', category: 'indicator', messageIds: ['missing'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (!ind.value.text && (ind.name.text || ind.description.text)) {
        report({ at: ind.value.at, messageId: 'missing', args: { name: ind.name.text || ind.description.text } });
      }
    }
  },
};
