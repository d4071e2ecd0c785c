import type { CellRef } from '../grid';
import type { GoalTable } from '../model';
import type { CatalogueRule } from './types';

/** 项目名称, 预算数 and 绩效目标 must be filled, and a table must have indicator rows. Flat tables have no header. */
export const tableMissingField: CatalogueRule = {
  meta: {
    id: 'table/missing-field',
    defaultSeverity: 'error',
    category: 'table',
    messageIds: ['projectName', 'budget', 'goals', 'indicators'],
  },
  checkTable(table, { report }) {
    const { header } = table;
    if (table.layout === 'form') {
      if (!header.name?.text) report({ at: header.name?.at ?? header.title.at, messageId: 'projectName' });
      if (!header.budget?.text) report({ at: header.budget?.at ?? header.title.at, messageId: 'budget' });
    }
    if (!table.goals.some((g) => g.text.trim())) report({ at: goalsCell(table), messageId: 'goals' });
    if (table.indicators.length === 0) {
      const { row, columns } = table.indicatorHeader;
      report({ at: { row, col: columns.level1 }, messageId: 'indicators' });
    }
  },
};

/** The empty goal text cell when there is one, else the 绩效目标 label. */
function goalsCell(table: GoalTable): CellRef {
  return table.goals[0]?.at ?? table.goalsAt;
}
