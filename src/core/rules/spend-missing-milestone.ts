import type { CatalogueRule } from './types';

/** Every milestone of the spend plan needs a cumulative value (综治视联网建设: three values for four milestones). */
export const spendMissingMilestone: CatalogueRule = {
  meta: {
    id: 'spend/missing-milestone',
    defaultSeverity: 'error',
    category: 'spend',
    messageIds: ['missing', 'notNumber', 'empty'],
  },
  checkTable(table, { report }) {
    const milestones = table.spend?.milestones ?? [];
    if (milestones.length === 0) return;
    if (milestones.every((m) => m.value.parsed.kind === 'empty')) {
      report({ at: milestones[0].value.at, messageId: 'empty' });
      return;
    }
    for (const m of milestones) {
      const kind = m.value.parsed.kind;
      if (kind === 'empty') report({ at: m.value.at, messageId: 'missing', args: { milestone: m.label.text } });
      else if (kind !== 'number') {
        report({ at: m.value.at, messageId: 'notNumber', args: { milestone: m.label.text, value: m.value.text } });
      }
    }
  },
};
