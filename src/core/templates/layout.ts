/**
 * Lays a whole new table (TableSpec) out in the usual 7-column form layout (SPEC 1.1), as a core Grid with
 * its merges, so that the add-in can write it to a sheet and the parser reads it back as one goal table.
 */
import { Grid, type Cell } from '../grid';
import type { TableSpec } from './render';

export const FORM_COLUMNS = 7;

export interface FormLayout {
  grid: Grid;
  rows: number;
  cols: number;
  /** Rows (relative to the top) that take a heading style. */
  titleRow: number;
  headerRows: number[];
}

export function formTableGrid(spec: TableSpec, sheetName = 'Sheet1'): FormLayout {
  const grid = new Grid(sheetName);
  const put = (row: number, col: number, cell: Cell | string, cols = 1, rows = 1) => {
    const c = typeof cell === 'string' ? text(cell) : cell;
    if (c.value !== null) grid.set(row, col, c);
    if (cols > 1 || rows > 1) grid.addMerge({ row, col, rows, cols });
  };
  put(0, 0, spec.title, FORM_COLUMNS);
  put(1, 0, '', 5);
  put(1, 5, spec.unit, 2);
  put(2, 0, '项目编码');
  put(2, 1, spec.code, 2);
  put(2, 3, '项目名称');
  put(2, 4, spec.name, 3);
  put(3, 0, '预算规模及资金用途', 1, 2);
  put(3, 1, '预算数');
  put(3, 2, amount(spec.budget));
  put(3, 3, '其中：财政资金');
  put(3, 4, amount(spec.fiscal));
  put(3, 5, '其他资金');
  put(3, 6, amount(spec.other));
  put(4, 1, spec.usage, 6);
  put(5, 0, '资金支出计划（%）', 1, 2);
  spec.spendMilestones.forEach((label, i) => put(5, 1 + i, label));
  spec.spend.forEach((value, i) => put(6, 1 + i, percent(value)));
  put(7, 0, '绩效目标');
  put(7, 1, spec.goals.map(([label, goal]) => (label ? `${label} ${goal}` : goal)).join('\n'), 6);
  const header = 8;
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'].forEach((h, i) => put(header, i, h));
  put(header, 5, '指标值确定依据', 2);
  const first = header + 1;
  spec.rows.forEach((row, i) => {
    for (let c = 2; c < 5; c++) put(first + i, c, row[c]);
    put(first + i, 5, row[5], 2);
  });
  for (const col of [0, 1]) {
    for (let i = 0; i < spec.rows.length; ) {
      let j = i + 1;
      while (j < spec.rows.length && !spec.rows[j][col] && !spec.rows[j][0]) j++;
      put(first + i, col, spec.rows[i][col], 1, j - i);
      i = j;
    }
  }
  return { grid, rows: first + spec.rows.length, cols: FORM_COLUMNS, titleRow: 0, headerRows: [2, 3, 5, 7, header] };
}

function text(s: string): Cell {
  return s === '' ? { value: null, text: '' } : { value: s, text: s };
}

function amount(s: string): Cell {
  if (s === '' || !Number.isFinite(Number(s))) return text(s);
  const n = Number(s);
  const decimals = s.split('.')[1]?.length ?? 0;
  return decimals > 2 ? { value: n, text: s, numberFormat: 'General' } : { value: n, text: n.toFixed(2), numberFormat: '0.00' };
}

function percent(s: string): Cell {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(s);
  return m ? { value: Number(m[1]) / 100, text: s, numberFormat: '0%' } : text(s);
}
