import type { Indicator } from '../model';
import { COST_LEVEL2, EFFECT_LEVEL2 } from './framework';
import type { CatalogueRule } from './types';

const EFFECT = new Set<string>(EFFECT_LEVEL2);
const COST = new Set<string>(COST_LEVEL2);

/** The categories every table needs (SPEC 1.4), each with how to recognise an indicator of it. */
const CATEGORIES: ReadonlyArray<[string, (ind: Indicator) => boolean]> = [
  ['quantity', (ind) => ind.level2Kind === 'quantity'],
  ['quality', (ind) => ind.level2Kind === 'quality'],
  ['timeliness', (ind) => ind.level2Kind === 'timeliness'],
  ['cost', (ind) => ind.level1Kind === 'cost' || COST.has(ind.level2Kind ?? '')],
  ['effect', (ind) => ind.level1Kind === 'effect' || EFFECT.has(ind.level2Kind ?? '')],
  ['satisfaction', (ind) => ind.level1Kind === 'satisfaction' || ind.level2Kind === 'satisfaction'],
];

/** A table without 数量, 质量, 时效, 成本, 效益 or 满意度 indicators; one finding per missing category. */
export const structureMissingLevel2: CatalogueRule = {
  meta: {
    id: 'structure/missing-level2',
    defaultSeverity: 'warning',
    category: 'structure',
    messageIds: CATEGORIES.map(([id]) => id),
  },
  checkTable(table, { report }) {
    if (table.indicators.length === 0) return;
    const { row, columns } = table.indicatorHeader;
    for (const [messageId, has] of CATEGORIES) {
      if (!table.indicators.some(has)) report({ at: { row, col: columns.level2 }, messageId });
    }
  },
};
