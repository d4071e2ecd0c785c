import type { CatalogueRule } from './types';

/** A row with something filled but no 三级指标 (e.g. only 指标值确定依据). */
export const indicatorMissingName: CatalogueRule = {
  meta: { id: 'indicator/missing-name', defaultSeverity: 'error', category: 'indicator', messageIds: ['missing'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (!ind.name.text && (ind.description.text || ind.value.text || ind.basis.text)) {
        report({ at: ind.name.at, messageId: 'missing' });
      }
    }
  },
};
