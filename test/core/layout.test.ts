import { Grid, type Merge } from '../../src/core/grid';
import { buildSheet, cellOf, layOutFormTable, writeFlatTable, writeFormTable, type RawTable } from '../../src/core/layout';

const ROWS = [
  ['产出指标', '数量指标', '人数', '表彰人数', '≥10人', '计划'],
  ['', '', '次数', '活动次数', '≥2次', '计划'],
  ['', '时效指标', '完成时间', '发放时间', '12月底前', '计划'],
  ['效益指标', '社会效益指标', '风气', '社会风气', '提升', '计划'],
  ['满意度指标', '服务对象满意度指标', '满意度', '群众满意度', '≥90%', '问卷'],
];

function table(overrides: Partial<RawTable> = {}): RawTable {
  return { title: '某项目绩效目标表', unit: '单位：万元', budget: '6.00', spend: ['25%', '50%', '75%', '100%'], rows: ROWS, ...overrides };
}

/** The merge whose top-left cell is (row, col), if any. */
function mergeAt(grid: Grid, row: number, col: number): Merge | undefined {
  return grid.merges.find((m) => m.row === row && m.col === col);
}

function headerRow(grid: Grid): number {
  for (let r = 0; r < grid.rowCount; r++) if (grid.text(r, 0) === '一级指标') return r;
  throw new Error('no indicator header');
}

describe('cellOf', () => {
  test('numbers as numbers, keeping the decimals typed as the number format', () => {
    expect(cellOf('6.00')).toEqual({ value: 6, text: '6.00', numberFormat: '0.00' });
    expect(cellOf('-12')).toEqual({ value: -12, text: '-12', numberFormat: 'General' });
    expect(cellOf(3.5)).toEqual({ value: 3.5, text: '3.5', numberFormat: 'General' });
  });

  test('a percent as a fraction formatted as a percent', () => {
    expect(cellOf('30%')).toEqual({ value: 0.3, text: '30%', numberFormat: '0%' });
    expect(cellOf('12.5%')).toEqual({ value: 0.125, text: '12.5%', numberFormat: '0.00%' });
  });

  test('text, error values and empty input', () => {
    expect(cellOf('≥90%')).toEqual({ value: '≥90%', text: '≥90%' });
    expect(cellOf('#DIV/0!')).toEqual({ value: '#DIV/0!', text: '#DIV/0!', error: '#DIV/0!' });
    expect(cellOf('')).toEqual({ value: null, text: '' });
    expect(cellOf(undefined)).toEqual({ value: null, text: '' });
  });

  test('with numbers off, numeric text stays text', () => {
    expect(cellOf('30%', false)).toEqual({ value: '30%', text: '30%' });
    expect(cellOf('130535220001', false).value).toBe('130535220001');
  });
});

describe('form layout', () => {
  test('一级 and 二级 labels are merged down over the rows of their group', () => {
    const grid = new Grid();
    writeFormTable(grid, table(), 0);
    const first = headerRow(grid) + 1;
    expect(mergeAt(grid, first, 0)).toEqual({ row: first, col: 0, rows: 3, cols: 1 });
    expect(mergeAt(grid, first, 1)).toEqual({ row: first, col: 1, rows: 2, cols: 1 });
    expect(grid.text(first + 2, 1)).toBe('时效指标');
    expect(mergeAt(grid, first + 2, 1)).toBeUndefined();
    expect(grid.text(first + 3, 0)).toBe('效益指标');
    expect(grid.isMergedAway(first + 1, 0)).toBe(true);
    expect(grid.mergeOf(first + 2, 0)?.row).toBe(first);
  });

  test('a new 一级 ends the 二级 group above even when its own 二级 is blank', () => {
    const grid = new Grid();
    writeFormTable(grid, table({ rows: [ROWS[0], ['效益指标', '', '风气', '社会风气', '提升', '计划']] }), 0);
    const first = headerRow(grid) + 1;
    expect(grid.mergeOf(first, 1)).toBeUndefined();
    expect(grid.mergeOf(first + 1, 1)).toBeUndefined();
    expect(grid.text(first + 1, 0)).toBe('效益指标');
  });

  test('money and spend plan are numbers, indicator values stay as typed', () => {
    const grid = new Grid();
    writeFormTable(grid, table(), 0);
    expect(grid.get(3, 2)).toEqual({ value: 6, text: '6.00', numberFormat: '0.00' });
    expect(grid.text(5, 0)).toBe('资金支出计划（%）');
    expect([1, 2, 3, 4].map((c) => grid.get(6, c).value)).toEqual([0.25, 0.5, 0.75, 1]);
    const first = headerRow(grid) + 1;
    expect(grid.get(first + 4, 4)).toEqual({ value: '≥90%', text: '≥90%' });
  });

  test('several goals take a row each under one merged 绩效目标 label', () => {
    const grid = new Grid();
    const rows = layOutFormTable(grid, table({ goals: [['目标1', '甲'], ['目标2', '乙']] }), 0);
    const goals = rows.labels[rows.labels.length - 2];
    expect(mergeAt(grid, goals, 0)).toEqual({ row: goals, col: 0, rows: 2, cols: 1 });
    expect([grid.text(goals + 1, 1), grid.text(goals + 1, 2)]).toEqual(['目标2', '乙']);
    expect(rows.labels[rows.labels.length - 1]).toBe(headerRow(grid));
    expect(rows.end).toBe(headerRow(grid) + 1 + ROWS.length);
  });

  test('a made cell is written as given; left shifts every cell and merge', () => {
    const grid = new Grid();
    const made = { value: 6, text: '6.00', numberFormat: '#,##0.00' };
    const end = writeFormTable(grid, { ...table(), budget: made }, 4, 2);
    expect(grid.get(4 + 3, 2 + 2)).toEqual(made);
    expect(grid.text(4, 2)).toBe('某项目绩效目标表');
    expect(mergeAt(grid, 4, 2)).toEqual({ row: 4, col: 2, rows: 1, cols: 7 });
    expect(grid.merges.every((m) => m.col >= 2 && m.row >= 4 && m.row + m.rows <= end)).toBe(true);
  });

  test('without a spend plan or a dept/unit line the table is shorter by those rows', () => {
    const full = layOutFormTable(new Grid(), table(), 0);
    const bare = layOutFormTable(new Grid(), table({ spend: undefined, unit: undefined }), 0);
    expect(full.end - bare.end).toBe(3);
    expect(full.labels).toHaveLength(5);
    expect(bare.labels).toHaveLength(4);
  });
});

describe('flat layout', () => {
  test('title, goals, then the indicator header: no header fields', () => {
    const grid = new Grid();
    const end = writeFlatTable(grid, table({ goals: [['', '做好工作']] }), 0);
    expect([grid.text(0, 0), grid.text(1, 0), grid.text(1, 1), grid.text(2, 0)]).toEqual(['某项目绩效目标表', '绩效目标', '做好工作', '一级指标']);
    expect(end).toBe(3 + ROWS.length);
    for (let r = 0; r < end; r++) expect(grid.text(r, 0)).not.toBe('项目编码');
    expect(mergeAt(grid, 3, 0)?.rows).toBe(3);
  });
});

test('buildSheet stacks tables with the gap between them', () => {
  const one = writeFormTable(new Grid(), table(), 0);
  const grid = buildSheet([table(), table({ title: '第二张表' })], { gap: 2 });
  expect(grid.text(one + 2, 0)).toBe('第二张表');
  expect(grid.text(one, 0)).toBe('');
});
