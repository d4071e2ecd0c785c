/**
 * Where template rows go in an existing table, and what each new row holds — pure, no Office.js.
 *
 * A missing row joins its 一级 group after the last row of an equal or earlier 二级 (数量 → 质量 → 时效 → 成本),
 * or, when the table has no such 一级 group, starts a new group after the groups that come before it
 * (产出 → 成本 → 效益 → 满意度). Rows are inserted as whole new rows, so no existing cell is ever written.
 * New rows follow the table's own style: 一级/二级 labels merged down their group, repeated on each row, or
 * written once; the 依据 cell merged across as wide as the table's own.
 */
import type { Grid, Merge } from '../core/grid';
import type { GoalTable, Indicator, Level1Kind, Level2Kind } from '../core/model';
import { level1KindOf, level2KindOf, normaliseLabel } from '../core/parse/labels';
import type { TemplateRow } from '../core/templates/types';

export type LabelStyle = 'merge' | 'repeat' | 'blank';

export interface MergeAbility {
  /** The grid carries the sheet's merges (ExcelApi 1.13). */
  known: boolean;
  /** Range.merge is available (ExcelApi 1.2). */
  canMerge: boolean;
}

export interface InsertBlock {
  /** Sheet row (0-based, before any insertion) the new rows are inserted at; the rows from here move down. */
  at: number;
  rows: TemplateRow[];
  /** Values of the new rows for the table's columns `left`…`right`; '' leaves a cell empty. */
  cells: string[][];
  /** Columns whose new cells lie inside a merged area that grows by the insertion: left alone. */
  covered: number[];
  /** Areas to merge once the block is inserted (rows in the sheet's coordinates after this insertion). */
  merges: Merge[];
}

export interface InsertPlan {
  left: number;
  right: number;
  /** The table row whose formats the new rows copy (its last indicator row, or its header row). */
  modelRow: number;
  /** Bottom-up: apply in this order so that each block's rows are still where the plan says. */
  blocks: InsertBlock[];
  count: number;
}

const LEVEL1_ORDER: Record<Level1Kind, number> = { output: 0, cost: 1, effect: 2, satisfaction: 3 };
const LEVEL2_ORDER: Record<Level2Kind, number> = {
  quantity: 0,
  quality: 1,
  timeliness: 2,
  cost: 3,
  economic: 0,
  social: 1,
  ecological: 2,
  sustainable: 3,
  satisfaction: 0,
  'economic-cost': 0,
  'social-cost': 1,
  'ecological-cost': 2,
};

/** Template rows the table lacks, by 二级 category (every row when `all`). */
export function missingRows(table: GoalTable, rows: readonly TemplateRow[], all: boolean): TemplateRow[] {
  if (all) return [...rows];
  const present = new Set(table.indicators.map(categoryOf));
  return rows.filter((row) => !present.has(categoryOf({ level2Kind: level2KindOf(row.level2), level2: { text: row.level2 } })));
}

function categoryOf(i: { level2Kind: Level2Kind | null; level2: { text: string } }): string {
  return i.level2Kind ?? `label:${normaliseLabel(i.level2.text)}`;
}

interface Placed {
  row: TemplateRow;
  at: number;
  /** Sheet row of the 一级 label of the existing group the row joins; undefined when it starts a new group. */
  joins?: number;
}

export function planInsertion(grid: Grid, table: GoalTable, rows: readonly TemplateRow[], ability: MergeAbility): InsertPlan {
  const cols = table.indicatorHeader.columns;
  const { left, right, modelRow } = tableColumns(table);
  const styles = {
    level1: labelStyle(grid, table.indicators, cols.level1, (i) => i.level1.text, ability),
    level2: labelStyle(grid, table.indicators, cols.level2, (i) => i.level2.text, ability),
  };
  const basisSpan = basisWidth(grid, table, modelRow, ability);
  const placed = rows.map((row) => place(table, row));
  const byAt = new Map<number, Placed[]>();
  for (const p of placed) byAt.set(p.at, [...(byAt.get(p.at) ?? []), p]);
  const blocks = [...byAt.entries()]
    .sort(([a], [b]) => b - a)
    .map(([at, group]) => buildBlock(grid, at, group, { left, right, cols, styles, basisSpan, ability }));
  return { left, right, modelRow, blocks, count: rows.length };
}

/** The columns new rows span and the row whose formats they copy: as planInsertion decides them. */
export function tableColumns(table: GoalTable): { left: number; right: number; modelRow: number } {
  const cols = table.indicatorHeader.columns;
  const last = table.indicators[table.indicators.length - 1];
  return {
    left: Math.min(table.range.left, cols.level1),
    right: Math.max(table.range.right, cols.basis),
    modelRow: last ? last.row : table.indicatorHeader.row,
  };
}

function place(table: GoalTable, row: TemplateRow): Placed {
  const kind1 = level1KindOf(row.level1) ?? 'output';
  const kind2 = level2KindOf(row.level2);
  const group = table.indicators.filter((i) => i.level1Kind === kind1);
  if (group.length) {
    const order = kind2 ? LEVEL2_ORDER[kind2] : Infinity;
    const before = group.filter((i) => (i.level2Kind ? LEVEL2_ORDER[i.level2Kind] : -1) <= order);
    const after = (before.length ? before : group)[(before.length ? before : group).length - 1];
    return { row, at: after.row + 1, joins: group[0].level1.at.row };
  }
  const earlier = table.indicators.filter((i) => i.level1Kind !== null && LEVEL1_ORDER[i.level1Kind] < LEVEL1_ORDER[kind1]);
  const at = earlier.length ? Math.max(...earlier.map((i) => i.row)) + 1 : table.indicatorHeader.row + 1;
  return { row, at };
}

interface BlockContext {
  left: number;
  right: number;
  cols: GoalTable['indicatorHeader']['columns'];
  styles: { level1: LabelStyle; level2: LabelStyle };
  basisSpan: number;
  ability: MergeAbility;
}

function buildBlock(grid: Grid, at: number, group: Placed[], ctx: BlockContext): InsertBlock {
  const { cols, left, right } = ctx;
  const covered = coveredColumns(grid, at, left, right);
  const merging = (style: LabelStyle) => style === 'merge' && ctx.ability.canMerge;
  const merges: Merge[] = [];
  const cells = group.map(() => new Array<string>(right - left + 1).fill(''));
  const set = (i: number, col: number, text: string) => {
    if (!covered.includes(col)) cells[i][col - left] = text;
  };
  group.forEach((p, i) => {
    set(i, cols.name, p.row.level3);
    set(i, cols.description, p.row.description);
    set(i, cols.value, p.row.value);
    set(i, cols.basis, p.row.basis);
    if (ctx.basisSpan > 1 && ctx.ability.canMerge && !covered.includes(cols.basis)) {
      merges.push({ row: at + i, col: cols.basis, rows: 1, cols: ctx.basisSpan });
    }
  });
  // 一级: rows joining the group above continue it; the others start groups of their own.
  const joined = group.filter((p) => p.joins !== undefined).length;
  const top = group[0].joins ?? at;
  if (joined && merging(ctx.styles.level1) && !covered.includes(cols.level1) && emptyBetween(grid, cols.level1, top, at)) {
    merges.push({ row: top, col: cols.level1, rows: at + joined - top, cols: 1 });
  }
  for (const run of runs(group, (p) => (p.joins !== undefined ? '\u0000joined' : p.row.level1))) {
    const joins = group[run.start].joins !== undefined;
    labelRun(run, joins ? '' : group[run.start].row.level1, ctx.styles.level1, joins, cols.level1);
  }
  // 二级: consecutive new rows of one category share a label (and a merge).
  for (const run of runs(group, (p) => `${p.row.level1}\u0000${p.row.level2}`)) {
    labelRun(run, group[run.start].row.level2, ctx.styles.level2, false, cols.level2);
  }
  return { at, rows: group.map((p) => p.row), cells, covered, merges };

  function labelRun(run: { start: number; end: number }, label: string, style: LabelStyle, joins: boolean, col: number): void {
    if (joins) {
      if (style === 'repeat') for (let i = run.start; i <= run.end; i++) set(i, col, group[i].row.level1);
      return;
    }
    for (let i = run.start; i <= run.end; i++) set(i, col, i === run.start || style === 'repeat' ? label : '');
    if (merging(style) && run.end > run.start && !covered.includes(col)) {
      merges.push({ row: at + run.start, col, rows: run.end - run.start + 1, cols: 1 });
    }
  }
}

/** A merge from a group's label down to new rows must not swallow anything written in between. */
function emptyBetween(grid: Grid, col: number, top: number, at: number): boolean {
  for (let r = top + 1; r < at; r++) if (grid.text(r, col)) return false;
  return true;
}

function runs<T>(items: readonly T[], key: (item: T) => string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last.end]) === key(item)) last.end = i;
    else out.push({ start: i, end: i });
  });
  return out;
}

/** Columns where a merged area spans the insertion row (Excel grows it over the new rows). */
function coveredColumns(grid: Grid, at: number, left: number, right: number): number[] {
  const out: number[] = [];
  if (at === 0) return out;
  for (let col = left; col <= right; col++) {
    const m = grid.mergeOf(at - 1, col);
    if (m && m.row + m.rows - 1 >= at) out.push(col);
  }
  return out;
}

/** How the table writes a 一级/二级 label down its group. */
export function labelStyle(
  grid: Grid,
  indicators: readonly Indicator[],
  col: number,
  label: (i: Indicator) => string,
  ability: MergeAbility,
): LabelStyle {
  let repeated = false;
  let continued = false;
  indicators.forEach((ind, k) => {
    const own = grid.text(ind.row, col);
    const previous = indicators[k - 1];
    if (!previous || previous.row !== ind.row - 1 || label(previous) !== label(ind)) return;
    if (own) repeated = true;
    else continued = true;
  });
  const merged = indicators.some((i) => (grid.mergeOf(i.row, col)?.rows ?? 1) > 1);
  if (merged) return 'merge';
  if (repeated && !continued) return 'repeat';
  // Without the merge list (ExcelApi < 1.13) a label written once over blank cells is taken as merged.
  if (continued && !ability.known && ability.canMerge) return 'merge';
  return repeated ? 'repeat' : 'blank';
}

/** Columns the 指标值确定依据 cell spans (merged across in form layouts). */
function basisWidth(grid: Grid, table: GoalTable, modelRow: number, ability: MergeAbility): number {
  const basis = table.indicatorHeader.columns.basis;
  const merge = grid.mergeOf(modelRow, basis) ?? grid.mergeOf(table.indicatorHeader.row, basis);
  if (merge && merge.rows === 1) return merge.cols;
  if (ability.known || table.range.right <= basis) return 1;
  const rows = [table.indicatorHeader.row, ...table.indicators.map((i) => i.row)];
  const emptyRight = rows.every((r) => {
    for (let c = basis + 1; c <= table.range.right; c++) if (grid.text(r, c)) return false;
    return true;
  });
  return emptyRight ? table.range.right - basis + 1 : 1;
}
