import type { CatalogueRule } from './types';

/** A named indicator without 指标值确定依据. */
export const indicatorMissingBasis: CatalogueRule = {
  meta: { id: 'indicator/missing-basis', defaultSeverity: 'warning', category: 'indicator', messageIds: ['missing'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      if (ind.name.text && !ind.basis.text) report({ at: ind.basis.at, messageId: 'missing', args: { name: ind.name.text } });
    }
  },
};
