/**
 * The indicator framework (SPEC 1.4): which 二级 belong under which 一级, classic (财预〔2015〕88号) or
 * 2021 (财预〔2021〕101号). A table written consistently in the other framework is judged by that one.
 */
import type { GoalTable, Level1Kind, Level2Kind } from '../model';
import type { Framework, Settings } from '../settings';

export const EFFECT_LEVEL2: readonly Level2Kind[] = ['economic', 'social', 'ecological', 'sustainable'];
/** 成本 二级 in either framework. */
export const COST_LEVEL2: readonly Level2Kind[] = ['economic-cost', 'social-cost', 'ecological-cost', 'cost'];

export const ALLOWED_LEVEL2: Record<Framework, Record<Level1Kind, readonly Level2Kind[]>> = {
  classic: {
    output: ['quantity', 'quality', 'timeliness', 'cost'],
    effect: EFFECT_LEVEL2,
    satisfaction: ['satisfaction'],
    cost: [],
  },
  '2021': {
    output: ['quantity', 'quality', 'timeliness'],
    effect: EFFECT_LEVEL2,
    satisfaction: ['satisfaction'],
    // 成本指标/成本指标 is read as 经济成本.
    cost: COST_LEVEL2,
  },
};

const COST_2021: ReadonlySet<Level2Kind | null> = new Set(['economic-cost', 'social-cost', 'ecological-cost']);

const cache = new WeakMap<GoalTable, { classic: boolean; modern: boolean }>();

/** The framework a table is judged by: its own when it is consistently in one, else the setting. */
export function frameworkOf(table: GoalTable, settings: Settings): Framework {
  const { classic, modern } = markersOf(table);
  if (classic === modern) return settings.framework;
  return classic ? 'classic' : '2021';
}

/** Which framework's cost placement the table uses: 产出/成本 (classic) and/or 一级 成本 (2021). */
function markersOf(table: GoalTable): { classic: boolean; modern: boolean } {
  let markers = cache.get(table);
  if (!markers) {
    markers = { classic: false, modern: false };
    for (const ind of table.indicators) {
      if (ind.level1Kind === 'output' && ind.level2Kind === 'cost') markers.classic = true;
      if (ind.level1Kind === 'cost' || COST_2021.has(ind.level2Kind)) markers.modern = true;
    }
    cache.set(table, markers);
  }
  return markers;
}

export function isAllowed(framework: Framework, level1: Level1Kind, level2: Level2Kind): boolean {
  return ALLOWED_LEVEL2[framework][level1].includes(level2);
}
