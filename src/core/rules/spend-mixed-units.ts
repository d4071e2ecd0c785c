import type { CatalogueRule } from './types';

/** Amounts and percentages in one plan: the plan cannot be checked against the budget. */
export const spendMixedUnits: CatalogueRule = {
  meta: { id: 'spend/mixed-units', defaultSeverity: 'warning', category: 'spend', messageIds: ['mixed'] },
  checkTable(table, { report }) {
    const plan = table.spend;
    if (plan?.kind === 'mixed' && plan.milestones.length > 0) {
      report({ at: plan.milestones[0].value.at, messageId: 'mixed' });
    }
  },
};
