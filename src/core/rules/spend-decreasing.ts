import { spendSeriesOf } from './spend-series';
import { exceeds, formatNumber } from './util';
import type { CatalogueRule } from './types';

/** The plan is cumulative: a value below an earlier one cannot be right. */
export const spendDecreasing: CatalogueRule = {
  meta: { id: 'spend/decreasing', defaultSeverity: 'error', category: 'spend', messageIds: ['decreasing'] },
  checkTable(table, { report }) {
    const series = spendSeriesOf(table);
    if (!series) return;
    let highest: { value: number; milestone: string } | null = null;
    series.values.forEach((value, i) => {
      if (value === null) return;
      const m = series.milestones[i];
      if (highest && exceeds(highest.value, value)) {
        report({
          at: m.value.at,
          messageId: 'decreasing',
          args: {
            milestone: m.label.text,
            value: m.value.text,
            previousMilestone: highest.milestone,
            previous: formatNumber(highest.value) + (series.kind === 'percent' ? '%' : ''),
          },
        });
      } else if (!highest || value > highest.value) {
        highest = { value, milestone: m.label.text };
      }
    });
  },
};
