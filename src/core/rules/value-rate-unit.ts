import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/** A rate (名称以 率/比例/占比 结尾, or described as 比率/百分比) given in a count unit (复访率 ≤2次). */
export const valueRateUnit: CatalogueRule = {
  meta: { id: 'value/rate-unit', defaultSeverity: 'error', category: 'value', messageIds: ['countUnit'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (value?.unitKind !== 'count' || !senseOf(ind).rate) continue;
      report({ at: ind.value.at, messageId: 'countUnit', args: { name: ind.name.text, value: ind.value.text, unit: value.unit } });
    }
  },
};
