import { numberOf } from './util';
import type { CatalogueRule } from './types';

/** A number with no comparison operator: an implicit `=`, usually meant as ≥ or ≤. */
export const valueMissingOperator: CatalogueRule = {
  meta: { id: 'value/missing-operator', defaultSeverity: 'info', category: 'value', messageIds: ['implicit'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const value = numberOf(ind.value.parsed);
      if (value?.operatorImplicit) report({ at: ind.value.at, messageId: 'implicit', args: { value: ind.value.text } });
    }
  },
};
