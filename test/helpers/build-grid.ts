/**
 * Builds grids laid out like real department sheets, from a table spec in the shape of the fixtures'
 * `*-raw.json` (title, dept, unit, code, name, budget, fiscal, other, usage, spend, goals, rows).
 * Used by parser, rule and Office tests to make small hand-made tables without an .xlsx file.
 */
import { Cell, Grid } from '../../src/core/grid';

export interface RawTable {
  title: string;
  dept?: string;
  unit?: string;
  code?: string;
  name?: string;
  budget?: string | number;
  fiscal?: string | number;
  other?: string | number;
  usage?: string;
  spendLabel?: string;
  spendMilestones?: string[];
  /** Cumulative plan values; a string ending in % is stored as a percent-formatted fraction. */
  spend?: Array<string | number>;
  /** [label, text] pairs: one pair with label '' = a single goals cell; '目标1'… = one row per goal. */
  goals?: Array<[string, string]>;
  /** Six cells each: 一级, 二级, 三级, 描述, 指标值, 依据. A blank 一级/二级 continues the group above (merged). */
  rows: string[][];
}

export interface BuildOptions {
  layout?: 'form' | 'flat';
  /** First row / column of the first table (0-based). */
  top?: number;
  left?: number;
  /** Blank rows between stacked tables. */
  gap?: number;
  /** Store numeric strings as numbers (as Excel would) — default true. */
  numbers?: boolean;
}

export function cellOf(input: string | number | null | undefined, numbers = true): Cell {
  if (input === null || input === undefined || input === '') return { value: null, text: '' };
  if (typeof input === 'number') return { value: input, text: String(input), numberFormat: 'General' };
  const s = input;
  if (numbers && /^-?\d+(\.\d+)?%$/.test(s)) {
    const pct = Number(s.slice(0, -1));
    return { value: pct / 100, text: s, numberFormat: s.includes('.') ? '0.00%' : '0%' };
  }
  if (numbers && /^-?\d+(\.\d+)?$/.test(s)) {
    const decimals = s.includes('.') ? s.split('.')[1].length : 0;
    return { value: Number(s), text: s, numberFormat: decimals ? `0.${'0'.repeat(decimals)}` : 'General' };
  }
  if (/^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/.test(s)) return { value: s, text: s, error: s };
  return { value: s, text: s };
}

class Writer {
  constructor(readonly grid: Grid, readonly left: number, readonly numbers: boolean) {}
  put(row: number, col: number, v: string | number | undefined, cols = 1, rows = 1): void {
    const cell = cellOf(v, this.numbers);
    if (cell.value !== null) this.grid.set(row, this.left + col, cell);
    if (cols > 1 || rows > 1) this.grid.addMerge({ row, col: this.left + col, rows, cols });
  }
}

/** Writes one form-layout table at `top`; returns the row after its last row. */
export function writeFormTable(grid: Grid, t: RawTable, top: number, left = 0, numbers = true): number {
  const w = new Writer(grid, left, numbers);
  let r = top;
  w.put(r++, 0, t.title, 7);
  if (t.dept !== undefined || t.unit !== undefined) {
    w.put(r, 0, t.dept ?? '', 5);
    w.put(r, 5, t.unit ?? '', 2);
    r++;
  }
  w.put(r, 0, '项目编码');
  w.put(r, 1, t.code ?? '', 2);
  w.put(r, 3, '项目名称');
  w.put(r, 4, t.name ?? '', 3);
  r++;
  w.put(r, 0, '预算规模及资金用途', 1, 2);
  w.put(r, 1, '预算数');
  w.put(r, 2, t.budget ?? '');
  w.put(r, 3, '其中：财政资金');
  w.put(r, 4, t.fiscal ?? '');
  w.put(r, 5, '其他资金');
  w.put(r, 6, t.other ?? '');
  r++;
  w.put(r, 1, t.usage ?? '', 6);
  r++;
  if (t.spend !== undefined) {
    const labels = t.spendMilestones ?? ['3月底', '6月底', '10月底', '12月底'];
    w.put(r, 0, t.spendLabel ?? '资金支出计划（%）', 1, 2);
    labels.forEach((label, i) => w.put(r, 1 + i, label));
    t.spend.forEach((v, i) => w.put(r + 1, 1 + i, v));
    r += 2;
  }
  r = writeGoals(w, t, r);
  return writeIndicators(w, t, r);
}

/** Writes one flat-layout table (title, 绩效目标, header, indicators); returns the row after it. */
export function writeFlatTable(grid: Grid, t: RawTable, top: number, left = 0, numbers = true): number {
  const w = new Writer(grid, left, numbers);
  w.put(top, 0, t.title, 7);
  const r = writeGoals(w, t, top + 1);
  return writeIndicators(w, t, r);
}

function writeGoals(w: Writer, t: RawTable, top: number): number {
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

function writeIndicators(w: Writer, t: RawTable, top: number): number {
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'].forEach((h, i) => w.put(top, i, h));
  w.put(top, 5, '指标值确定依据', 2);
  const first = top + 1;
  t.rows.forEach((row, i) => {
    const r = first + i;
    for (let c = 2; c < 5; c++) w.put(r, c, row[c]);
    w.put(r, 5, row[5], 2);
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

/** Builds a sheet of stacked tables. */
export function buildSheet(tables: RawTable[], options: BuildOptions = {}, name = 'Sheet1'): Grid {
  const grid = new Grid(name);
  let r = options.top ?? 0;
  const write = options.layout === 'flat' ? writeFlatTable : writeFormTable;
  for (const t of tables) {
    r = write(grid, t, r, options.left ?? 0, options.numbers ?? true) + (options.gap ?? 1);
  }
  return grid;
}

/** A small ordinary table with no errors, to start from in tests. */
export function cleanTable(overrides: Partial<RawTable> = {}): RawTable {
  return {
    title: '1.见义勇为基金绩效目标表',
    dept: '204001 某县委政法委员会本级',
    unit: '单位：万元',
    code: '13053522P009631100010',
    name: '见义勇为基金',
    budget: '6.00',
    fiscal: '6.00',
    other: '',
    usage: '用于表彰奖励见义勇为先进个人，慰问见义勇为人员。',
    spend: ['1.50', '3.00', '4.50', '6.00'],
    goals: [['', '1.表彰奖励见义勇为先进个人。\n2.弘扬社会正气。']],
    rows: [
      ['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', '年度工作计划'],
      ['', '质量指标', '奖励资金发放准确率', '奖励资金足额准确发放比例', '=100%', '年度工作计划'],
      ['', '时效指标', '资金发放及时性', '奖励资金发放完成时间', '12月底前', '年度工作计划'],
      ['', '成本指标', '项目总成本', '见义勇为基金支出总额', '≤6万元', '年度预算'],
      ['效益指标', '社会效益指标', '社会正气弘扬', '见义勇为社会风气', '进一步提升', '年度工作计划'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '受表彰人员及群众满意度', '≥90%', '问卷调查'],
    ],
    ...overrides,
  };
}
