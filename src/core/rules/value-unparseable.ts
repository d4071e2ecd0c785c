import { isKnownQualitative } from './lexicon';
import type { CatalogueRule } from './types';

/**
 * A 数量 value that is neither a number nor a known qualitative form (是, 达标, 全覆盖 …); an Excel error
 * value in any indicator. Cost values are cost/not-monetary's.
 */
export const valueUnparseable: CatalogueRule = {
  meta: { id: 'value/unparseable', defaultSeverity: 'warning', category: 'value', messageIds: ['text', 'error'] },
  checkTable(table, { report }) {
    for (const ind of table.indicators) {
      const { parsed, at, text } = ind.value;
      if (parsed.kind === 'error') report({ at, messageId: 'error', args: { value: text || parsed.raw } });
      else if (ind.level2Kind !== 'quantity') continue;
      else if (parsed.kind === 'text' || (parsed.kind === 'qualitative' && !isKnownQualitative(text))) {
        report({ at, messageId: 'text', args: { value: text } });
      }
    }
  },
};
