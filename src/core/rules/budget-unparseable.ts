import type { MoneyField } from '../model';
import type { CatalogueRule } from './types';

const FIELDS = ['budget', 'fiscal', 'other'] as const;

/** 预算数 / 财政资金 / 其他资金 written but not readable as an amount (after units). */
export const budgetUnparseable: CatalogueRule = {
  meta: { id: 'budget/unparseable', defaultSeverity: 'error', category: 'budget', messageIds: [...FIELDS] },
  checkTable(table, { report }) {
    for (const key of FIELDS) {
      const field: MoneyField | undefined = table.header[key];
      if (field?.text && field.amount === null) report({ at: field.at, messageId: key, args: { value: field.text } });
    }
  },
};
