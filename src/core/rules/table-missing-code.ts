import { isCodePlaceholder } from './lexicon';
import type { CatalogueRule } from './types';

/** 项目编码 left empty or filled with a placeholder (————, 无, /). Only where the table has a code field. */
export const tableMissingCode: CatalogueRule = {
  meta: { id: 'table/missing-code', defaultSeverity: 'warning', category: 'table', messageIds: ['empty', 'placeholder'] },
  checkTable(table, { report }) {
    const code = table.header.code;
    if (!code) return;
    if (!code.text) report({ at: code.at, messageId: 'empty' });
    else if (isCodePlaceholder(code.text)) report({ at: code.at, messageId: 'placeholder', args: { value: code.text } });
  },
};
