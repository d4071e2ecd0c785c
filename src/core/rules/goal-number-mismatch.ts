import type { Indicator } from '../model';
import { senseOf } from './lexicon';
import { numberOf } from './util';
import type { CatalogueRule } from './types';

/** Endings stripped from an indicator name to find what it is about in the goal text (表彰人数 → 表彰). */
const NAME_ENDING = /(人数|次数|件数|个数|户数|台数|数量|完成率|覆盖率|率|比例|金额|标准|数)$/;
const CLAUSE = /[。；;\n]/;
/** A number and the few characters after it, where its unit is written. */
const NUMBER_WITH_UNIT = /(\d+(?:\.\d+)?)\s*([^\d\s，。；;、,.（()）]{0,4})/g;

interface Clause {
  text: string;
  numbers: Array<{ number: number; written: string; after: string }>;
}

/** A number in the goal text, next to what the indicator measures, that disagrees with the indicator's value. */
export const goalNumberMismatch: CatalogueRule = {
  meta: { id: 'goal/number-mismatch', defaultSeverity: 'info', category: 'goal', messageIds: ['mismatch'] },
  checkTable(table, { report }) {
    const clauses = clausesOf(table.goals.map((g) => g.text).join('\n'));
    if (clauses.length === 0) return;
    for (const ind of table.indicators) {
      const stated = statedInGoals(ind, clauses);
      if (stated) report({ at: ind.value.at, messageId: 'mismatch', args: { name: ind.name.text, goal: stated, value: ind.value.text } });
    }
  },
};

/** The goal text cut into clauses, each with the numbers it states (scanned once per table). */
function clausesOf(goals: string): Clause[] {
  const clauses: Clause[] = [];
  for (const raw of goals.split(CLAUSE)) {
    const text = raw.replace(/\s+/g, '');
    if (!/\d/.test(text)) continue;
    const numbers = [...text.matchAll(NUMBER_WITH_UNIT)].map((m) => ({ number: Number(m[1]), written: m[0], after: m[2] }));
    clauses.push({ text, numbers });
  }
  return clauses;
}

/** The goal's number for this indicator when the goals state one and it differs from the value; else null. */
function statedInGoals(ind: Indicator, clauses: readonly Clause[]): string | null {
  const value = numberOf(ind.value.parsed);
  if (!value || !value.unit) return null;
  const withUnit = clauses.filter((c) => c.numbers.some((n) => n.after.startsWith(value.unit)));
  if (withUnit.length === 0) return null;
  const stem = senseOf(ind).name.replace(NAME_ENDING, '');
  if (stem.length < 2) return null;
  let differing: string | null = null;
  for (const clause of withUnit) {
    if (!clause.text.includes(stem)) continue;
    for (const n of clause.numbers) {
      if (!n.after.startsWith(value.unit)) continue;
      if (n.number === value.number) return null;
      differing ??= `${n.number}${value.unit}`;
    }
  }
  return differing;
}
