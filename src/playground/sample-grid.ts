/**
 * The playground's sample sheet: six real goal tables from the seeds (临西, 遵化), with the errors they were
 * published with, laid out as departments keep them (form layout, merged cells). A copy of the test grid
 * builder's form writer, since src must not import test/.
 */
import { Grid, type Cell } from '../core/grid';
import tables from './sample-tables.json';

export interface SampleTable {
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
  spend?: Array<string | number>;
  goals?: Array<[string, string]>;
  rows: string[][];
}

export const SAMPLE_TABLES = tables as SampleTable[];

/** A cell as Excel would hold what was typed: numbers as numbers, `30%` as 0.3 formatted `0%`. */
export function cellOf(input: string | number | null | undefined): Cell {
  if (input === null || input === undefined || input === '') return { value: null, text: '' };
  if (typeof input === 'number') return { value: input, text: String(input), numberFormat: 'General' };
  if (/^-?\d+(\.\d+)?%$/.test(input)) {
    return { value: Number(input.slice(0, -1)) / 100, text: input, numberFormat: input.includes('.') ? '0.00%' : '0%' };
  }
  if (/^-?\d+(\.\d+)?$/.test(input)) {
    const decimals = input.includes('.') ? input.split('.')[1].length : 0;
    return { value: Number(input), text: input, numberFormat: decimals ? `0.${'0'.repeat(decimals)}` : 'General' };
  }
  return { value: input, text: input };
}

function put(grid: Grid, row: number, col: number, v: string | number | undefined, cols = 1, rows = 1): void {
  const cell = cellOf(v);
  if (cell.value !== null) grid.set(row, col, cell);
  if (cols > 1 || rows > 1) grid.addMerge({ row, col, rows, cols });
}

/** Writes one form-layout table at `top`; returns the row after it. */
export function writeFormTable(grid: Grid, t: SampleTable, top: number): number {
  let r = top;
  put(grid, r++, 0, t.title, 7);
  if (t.dept !== undefined || t.unit !== undefined) {
    put(grid, r, 0, t.dept ?? '', 5);
    put(grid, r, 5, t.unit ?? '', 2);
    r++;
  }
  put(grid, r, 0, '项目编码');
  put(grid, r, 1, t.code ?? '', 2);
  put(grid, r, 3, '项目名称');
  put(grid, r, 4, t.name ?? '', 3);
  r++;
  put(grid, r, 0, '预算规模及资金用途', 1, 2);
  ['预算数', t.budget, '其中：财政资金', t.fiscal, '其他资金', t.other].forEach((v, i) => put(grid, r, 1 + i, v ?? ''));
  put(grid, r + 1, 1, t.usage ?? '', 6);
  r += 2;
  if (t.spend) {
    const labels = t.spendMilestones ?? ['3月底', '6月底', '10月底', '12月底'];
    put(grid, r, 0, t.spendLabel ?? '资金支出计划（%）', 1, 2);
    labels.forEach((label, i) => put(grid, r, 1 + i, label));
    t.spend.forEach((v, i) => put(grid, r + 1, 1 + i, v));
    r += 2;
  }
  r = writeGoals(grid, t.goals ?? [['', '']], r);
  return writeIndicators(grid, t.rows, r);
}

function writeGoals(grid: Grid, goals: Array<[string, string]>, top: number): number {
  if (goals.length === 1 && goals[0][0] === '') {
    put(grid, top, 0, '绩效目标');
    put(grid, top, 1, goals[0][1], 6);
    return top + 1;
  }
  put(grid, top, 0, '绩效目标', 1, goals.length);
  goals.forEach(([label, text], i) => {
    put(grid, top + i, 1, label);
    put(grid, top + i, 2, text, 5);
  });
  return top + goals.length;
}

function writeIndicators(grid: Grid, rows: string[][], top: number): number {
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'].forEach((h, i) => put(grid, top, i, h));
  put(grid, top, 5, '指标值确定依据', 2);
  const first = top + 1;
  rows.forEach((row, i) => {
    for (let c = 2; c < 5; c++) put(grid, first + i, c, row[c]);
    put(grid, first + i, 5, row[5], 2);
  });
  for (const col of [0, 1]) mergeGroups(grid, rows, first, col);
  return first + rows.length;
}

/** 一级/二级 labels merged down over the blank cells that follow them (a new 一级 ends a 二级 group). */
function mergeGroups(grid: Grid, rows: string[][], first: number, col: number): void {
  for (let i = 0; i < rows.length; ) {
    let j = i + 1;
    while (j < rows.length && !rows[j][col] && !rows[j][0]) j++;
    put(grid, first + i, col, rows[i][col], 1, j - i);
    i = j;
  }
}

/** The sample sheet: the tables stacked with one blank row between them. */
export function sampleGrid(sheetName = '绩效目标表'): Grid {
  const grid = new Grid(sheetName);
  let row = 0;
  for (const table of SAMPLE_TABLES) row = writeFormTable(grid, table, row) + 1;
  return grid;
}
