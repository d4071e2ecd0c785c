import { formatNumber, sameAmount } from './util';
import type { CatalogueRule } from './types';

/** 预算数 must equal 财政资金 + 其他资金 (an empty part counts as 0; nothing to check when both are empty). */
export const budgetSumMismatch: CatalogueRule = {
  meta: { id: 'budget/sum-mismatch', defaultSeverity: 'error', category: 'budget', messageIds: ['mismatch'] },
  checkTable(table, { report }) {
    const { budget, fiscal, other, unit } = table.header;
    if (!budget || budget.amount === null) return;
    const parts = [fiscal, other].filter((f) => f?.text);
    if (parts.length === 0 || parts.some((f) => f?.amount === null)) return;
    const sum = (fiscal?.amount ?? 0) + (other?.amount ?? 0);
    if (sameAmount(budget.amount, sum)) return;
    report({
      at: budget.at,
      messageId: 'mismatch',
      args: {
        budget: formatNumber(budget.amount),
        fiscal: formatNumber(fiscal?.amount ?? 0),
        other: formatNumber(other?.amount ?? 0),
        sum: formatNumber(sum),
        unit,
      },
    });
  },
};
