import { spendSeriesOf } from './spend-series';
import { formatNumber, sameAmount } from './util';
import type { CatalogueRule } from './types';

/** The last milestone must reach the budget (amount plan) or 100% (percent plan). */
export const spendFinalMismatch: CatalogueRule = {
  meta: { id: 'spend/final-mismatch', defaultSeverity: 'error', category: 'spend', messageIds: ['amount', 'percent'] },
  checkTable(table, { report }) {
    const series = spendSeriesOf(table);
    if (!series || series.target === null) return;
    const last = series.values.length - 1;
    const value = series.values[last];
    if (value === null || sameAmount(value, series.target)) return;
    const m = series.milestones[last];
    if (series.kind === 'percent') {
      report({ at: m.value.at, messageId: 'percent', args: { milestone: m.label.text, value: m.value.text } });
    } else {
      report({
        at: m.value.at,
        messageId: 'amount',
        args: { milestone: m.label.text, value: m.value.text, budget: formatNumber(series.target), unit: table.header.unit },
      });
    }
  },
};
