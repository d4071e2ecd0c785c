import { spendSeriesOf } from './spend-series';
import { formatNumber } from './util';
import type { CatalogueRule } from './types';

/** Half a percentage point of slack before a milestone counts as behind the schedule. */
const SLACK = 0.5;

/** Cumulative share behind the configured schedule (settings.pacing, one percentage per milestone). */
export const spendPacing: CatalogueRule = {
  meta: { id: 'spend/pacing', defaultSeverity: 'info', category: 'spend', messageIds: ['behind'], defaultOff: true },
  isConfigured: (settings) => settings.pacing.length > 0,
  checkTable(table, { report, settings }) {
    const series = spendSeriesOf(table);
    if (!series || series.target === null || series.target <= 0 || settings.pacing.length === 0) return;
    const target = series.target;
    series.values.forEach((value, i) => {
      const expected = settings.pacing[i];
      if (value === null || expected === undefined) return;
      const share = (value / target) * 100;
      if (!Number.isFinite(share) || share >= expected - SLACK) return; // a budget near 0 overflows the share
      const m = series.milestones[i];
      report({
        at: m.value.at,
        messageId: 'behind',
        args: { milestone: m.label.text, actual: formatNumber(share), expected: formatNumber(expected) },
      });
    });
  },
};
