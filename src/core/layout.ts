/**
 * Writes goal tables into a core Grid as departments lay them out (SPEC 1.1): the 7-column form layout
 * (title, dept/unit line, 项目编码/名称, budget, usage, spend plan, goals, indicators) and the flat layout
 * (title, goals, indicators), with their merges. One writer for the template inserter (formTableGrid),
 * the playground's sample sheet and the tests' hand-made tables.
 */
import { Grid, type Cell } from './grid';

export const FORM_COLUMNS = 7;

/** What a cell is given: a value as typed, or a cell already made (to choose its number format). */
export type Entry = string | number | Cell;

/**
 * A goal table in the shape of the fixtures' `*-raw.json`. `V` is what the money and spend-plan cells
 * take; anything else is text as typed.
 */
export interface RawTable<V extends Entry = string | number> {
  title: string;
  dept?: string;
  unit?: string;
  code?: string;
  name?: string;
  budget?: V;
  fiscal?: V;
  other?: V;
  usage?: string;
  spendLabel?: string;
  spendMilestones?: string[];
  /** Cumulative plan values; a string ending in % is stored as a percent-formatted fraction. */
  spend?: V[];
  /** [label, text] pairs: one pair with label '' = a single goals cell; '目标1'… = one row per goal. */
  goals?: Array<[string, string]>;
  /** Six cells each: 一级, 二级, 三级, 描述, 指标值, 依据. A blank 一级/二级 continues the group above (merged). */
  rows: string[][];
}

const ERROR_VALUE = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/;

/**
 * A cell as Excel holds what was typed: numbers as numbers (`6.00` keeps format `0.00`), `30%` as 0.3
 * formatted `0%`, `#REF!` as an error value. With `numbers` false, numeric text stays text.
 */
export function cellOf(input: string | number | null | undefined, numbers = true): Cell {
  if (input === null || input === undefined || input === '') return { value: null, text: '' };
  if (typeof input === 'number') return { value: input, text: String(input), numberFormat: 'General' };
  if (numbers && /^-?\d+(\.\d+)?%$/.test(input)) {
    const percent = Number(input.slice(0, -1));
    return { value: percent / 100, text: input, numberFormat: input.includes('.') ? '0.00%' : '0%' };
  }
  if (numbers && /^-?\d+(\.\d+)?$/.test(input)) {
    const decimals = input.split('.')[1]?.length ?? 0;
    return { value: Number(input), text: input, numberFormat: decimals ? `0.${'0'.repeat(decimals)}` : 'General' };
  }
  if (ERROR_VALUE.test(input)) return { value: input, text: input, error: input };
  return { value: input, text: input };
}

/** Where the parts of a written form table are (absolute rows). */
export interface FormRows {
  title: number;
  /** Rows of field labels: 项目编码, 预算规模, 资金支出计划 (when there is one), 绩效目标, indicator header. */
  labels: number[];
  /** One past the table's last row. */
  end: number;
}

class Writer {
  constructor(readonly grid: Grid, readonly left: number, readonly numbers: boolean) {}

  put(row: number, col: number, entry: Entry | undefined, cols = 1, rows = 1): void {
    const cell = typeof entry === 'object' ? entry : cellOf(entry, this.numbers);
    if (cell.value !== null) this.grid.set(row, this.left + col, cell);
    if (cols > 1 || rows > 1) this.grid.addMerge({ row, col: this.left + col, rows, cols });
  }
}

/** Writes one form-layout table from row `top`, column `left`; says where its parts went. */
export function layOutFormTable(grid: Grid, t: RawTable<Entry>, top: number, left = 0, numbers = true): FormRows {
  const w = new Writer(grid, left, numbers);
  const labels: number[] = [];
  let r = top;
  w.put(r++, 0, t.title, FORM_COLUMNS);
  if (t.dept !== undefined || t.unit !== undefined) {
    w.put(r, 0, t.dept ?? '', 5);
    w.put(r, 5, t.unit ?? '', 2);
    r++;
  }
  labels.push(r);
  w.put(r, 0, '项目编码');
  w.put(r, 1, t.code ?? '', 2);
  w.put(r, 3, '项目名称');
  w.put(r, 4, t.name ?? '', 3);
  r++;
  labels.push(r);
  w.put(r, 0, '预算规模及资金用途', 1, 2);
  ['预算数', t.budget, '其中：财政资金', t.fiscal, '其他资金', t.other].forEach((v, i) => w.put(r, 1 + i, v ?? ''));
  w.put(r + 1, 1, t.usage ?? '', 6);
  r += 2;
  if (t.spend !== undefined) {
    labels.push(r);
    r = writeSpend(w, t, r);
  }
  labels.push(r);
  r = writeGoals(w, t, r);
  labels.push(r);
  return { title: top, labels, end: writeIndicators(w, t, r) };
}

/** Writes one form-layout table at `top`; returns the row after its last row. */
export function writeFormTable(grid: Grid, t: RawTable<Entry>, top: number, left = 0, numbers = true): number {
  return layOutFormTable(grid, t, top, left, numbers).end;
}

/** Writes one flat-layout table (title, 绩效目标, header, indicators); returns the row after it. */
export function writeFlatTable(grid: Grid, t: RawTable<Entry>, top: number, left = 0, numbers = true): number {
  const w = new Writer(grid, left, numbers);
  w.put(top, 0, t.title, FORM_COLUMNS);
  return writeIndicators(w, t, writeGoals(w, t, top + 1));
}

function writeSpend(w: Writer, t: RawTable<Entry>, top: number): number {
  const labels = t.spendMilestones ?? ['3月底', '6月底', '10月底', '12月底'];
  w.put(top, 0, t.spendLabel ?? '资金支出计划（%）', 1, 2);
  labels.forEach((label, i) => w.put(top, 1 + i, label));
  (t.spend ?? []).forEach((v, i) => w.put(top + 1, 1 + i, v));
  return top + 2;
}

function writeGoals(w: Writer, t: RawTable<Entry>, top: number): number {
  const goals = t.goals ?? [['', '']];
  if (goals.length === 1 && goals[0][0] === '') {
    w.put(top, 0, '绩效目标');
    w.put(top, 1, goals[0][1], 6);
    return top + 1;
  }
  w.put(top, 0, '绩效目标', 1, goals.length);
  goals.forEach(([label, text], i) => {
    w.put(top + i, 1, label);
    w.put(top + i, 2, text, 5);
  });
  return top + goals.length;
}

function writeIndicators(w: Writer, t: RawTable<Entry>, top: number): number {
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'].forEach((h, i) => w.put(top, i, h));
  w.put(top, 5, '指标值确定依据', 2);
  const first = top + 1;
  t.rows.forEach((row, i) => {
    for (let c = 2; c < 5; c++) w.put(first + i, c, row[c]);
    w.put(first + i, 5, row[5], 2);
  });
  for (const col of [0, 1]) mergeGroups(w, t.rows, first, col);
  return first + t.rows.length;
}

/** Writes 一级/二级 labels merged down over the blank cells that follow them (a new 一级 ends a 二级 group). */
function mergeGroups(w: Writer, rows: string[][], first: number, col: number): void {
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && !rows[j][col] && !rows[j][0]) j++;
    w.put(first + i, col, rows[i][col], 1, j - i);
    i = j;
  }
}

export interface BuildOptions {
  layout?: 'form' | 'flat';
  /** First row / column of the first table (0-based). */
  top?: number;
  left?: number;
  /** Blank rows between stacked tables (default 1). */
  gap?: number;
  /** Store numeric strings as numbers, as Excel would (default true). */
  numbers?: boolean;
}

/** A sheet of tables stacked one under another. */
export function buildSheet(tables: Array<RawTable<Entry>>, options: BuildOptions = {}, name = 'Sheet1'): Grid {
  const grid = new Grid(name);
  const write = options.layout === 'flat' ? writeFlatTable : writeFormTable;
  let r = options.top ?? 0;
  for (const t of tables) {
    r = write(grid, t, r, options.left ?? 0, options.numbers ?? true) + (options.gap ?? 1);
  }
  return grid;
}
