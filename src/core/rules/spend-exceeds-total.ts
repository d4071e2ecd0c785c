import { spendSeriesOf } from './spend-series';
import { exceeds, formatNumber } from './util';
import type { CatalogueRule } from './types';

/**
 * An earlier milestone above the budget or above 100%. The last milestone is spend/final-mismatch's,
 * so that one wrong cell gets one finding.
 */
export const spendExceedsTotal: CatalogueRule = {
  meta: { id: 'spend/exceeds-total', defaultSeverity: 'error', category: 'spend', messageIds: ['amount', 'percent'] },
  checkTable(table, { report }) {
    const series = spendSeriesOf(table);
    if (!series || series.target === null) return;
    const target = series.target;
    for (let i = 0; i < series.values.length - 1; i++) {
      const value = series.values[i];
      if (value === null || !exceeds(value, target)) continue;
      const m = series.milestones[i];
      const args = { milestone: m.label.text, value: m.value.text };
      if (series.kind === 'percent') report({ at: m.value.at, messageId: 'percent', args });
      else report({ at: m.value.at, messageId: 'amount', args: { ...args, budget: formatNumber(target), unit: table.header.unit } });
    }
  },
};
