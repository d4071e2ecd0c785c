import type { GoalTable } from '../model';
import { projectName } from '../project';
import { senseOf } from './lexicon';
import type { CatalogueRule } from './types';

/** Fewer rows than this are too generic to call a copy. */
const MIN_ROWS = 3;

/** Two tables of different projects with the same indicator rows (names and values): copied and not adapted. */
export const tableDuplicateIndicators: CatalogueRule = {
  meta: { id: 'table/duplicate-indicators', defaultSeverity: 'warning', category: 'table', messageIds: ['duplicate'] },
  checkSheet(tables, { report }) {
    const first = new Map<string, GoalTable>();
    for (const table of tables) {
      if (table.indicators.length < MIN_ROWS) continue;
      const key = indicatorSetKey(table);
      const earlier = first.get(key);
      if (!earlier) first.set(key, table);
      else if (projectName(earlier) !== projectName(table)) {
        report(table.index, {
          at: table.header.title.at,
          messageId: 'duplicate',
          args: { project: projectName(table), otherProject: projectName(earlier), otherRow: earlier.header.title.at.row + 1 },
        });
      }
    }
  },
};

function indicatorSetKey(table: GoalTable): string {
  return table.indicators
    .map((ind) => `${senseOf(ind).name}\u0001${ind.value.text}`)
    .sort()
    .join('\u0000');
}
