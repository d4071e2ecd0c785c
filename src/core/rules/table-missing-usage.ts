import type { CatalogueRule } from './types';

/** 资金用途 left empty in a form table: the bureau cannot see what the money is for. */
export const tableMissingUsage: CatalogueRule = {
  meta: { id: 'table/missing-usage', defaultSeverity: 'warning', category: 'table', messageIds: ['missing'] },
  checkTable(table, { report }) {
    const usage = table.header.usage;
    if (table.layout === 'form' && usage && !usage.text) report({ at: usage.at, messageId: 'missing' });
  },
};
