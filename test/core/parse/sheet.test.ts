/** The table finder and parser on small hand-made grids (test/helpers/build-grid). */
import { Grid, fromA1 } from '../../../src/core/grid';
import type { GoalTable } from '../../../src/core/model';
import { parseSheet } from '../../../src/core/parse';
import { buildSheet, cellOf, cleanTable, type RawTable, writeFormTable } from '../../helpers/build-grid';

const at = (address: string) => fromA1(address);

function only(grid: Grid): GoalTable {
  const tables = parseSheet(grid);
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** Overwrites one cell's text, as a department's variant label would. */
function setText(grid: Grid, address: string, text: string): void {
  const { row, col } = fromA1(address);
  grid.set(row, col, cellOf(text, false));
}

describe('form layout', () => {
  it('reads a clean table: header fields, spend plan, goals, indicators', () => {
    const table = only(buildSheet([cleanTable()]));
    expect(table.layout).toBe('form');
    expect(table.range).toEqual({ top: 0, left: 0, bottom: 14, right: 6 });
    expect(table.header.title).toEqual({ text: '1.见义勇为基金绩效目标表', at: at('A1') });
    expect(table.header.dept).toEqual({ text: '204001 某县委政法委员会本级', at: at('A2') });
    expect(table.header.unit).toBe('万元');
    expect(table.header.unitAt).toEqual(at('F2'));
    expect(table.header.code).toEqual({ text: '13053522P009631100010', at: at('B3') });
    expect(table.header.name).toEqual({ text: '见义勇为基金', at: at('E3') });
    expect(table.header.budget).toMatchObject({ text: '6.00', at: at('C4'), amount: 6 });
    expect(table.header.fiscal).toMatchObject({ text: '6.00', at: at('E4'), amount: 6 });
    expect(table.header.other).toMatchObject({ text: '', at: at('G4'), amount: null, parsed: { kind: 'empty' } });
    expect(table.header.usage).toEqual({ text: '用于表彰奖励见义勇为先进个人，慰问见义勇为人员。', at: at('B5') });
    expect(table.spend).toMatchObject({ kind: 'amount', label: { text: '资金支出计划（%）', at: at('A6') }, rows: { top: 5, bottom: 6 } });
    expect(table.spend!.milestones.map((m) => [m.label.text, m.value.at, m.amount, m.percent])).toEqual([
      ['3月底', at('B7'), 1.5, null],
      ['6月底', at('C7'), 3, null],
      ['10月底', at('D7'), 4.5, null],
      ['12月底', at('E7'), 6, null],
    ]);
    expect(table.goalsAt).toEqual(at('A8'));
    expect(table.goals).toEqual([{ label: '', text: '1.表彰奖励见义勇为先进个人。\n2.弘扬社会正气。', at: at('B8') }]);
    expect(table.indicatorHeader).toEqual({ row: 8, columns: { level1: 0, level2: 1, name: 2, description: 3, value: 4, basis: 5 } });
    expect(table.indicators.map((i) => i.row)).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it('carries 一级 and 二级 down merged groups, pointing at the cell where each is written', () => {
    const rows = cleanTable().rows;
    rows.splice(1, 0, ['', '', '表彰批次', '表彰活动批次', '≥1批', '年度工作计划']);
    const table = only(buildSheet([cleanTable({ rows })]));
    const [first, second, third] = table.indicators;
    expect(first.level1).toEqual({ text: '产出指标', at: at('A10') });
    expect(second.level1).toEqual({ text: '产出指标', at: at('A10') });
    expect(second.level2).toEqual({ text: '数量指标', at: at('B10') });
    expect(second.level2Kind).toBe('quantity');
    expect(third.level2).toEqual({ text: '质量指标', at: at('B12') });
    const effect = table.indicators.find((i) => i.level1Kind === 'effect')!;
    expect(effect.level2Kind).toBe('social');
    expect(table.indicators.map((i) => i.level1Kind)).toEqual(['output', 'output', 'output', 'output', 'output', 'effect', 'satisfaction']);
  });

  it('carries 一级 and 二级 down blank cells that are not merged', () => {
    const grid = new Grid();
    writeFormTable(grid, cleanTable(), 0);
    // Drop the merges of the 一级 column: values stay only where written.
    (grid.merges as unknown[]).length = 0;
    const table = only(grid);
    expect(table.indicators[2].level1).toEqual({ text: '产出指标', at: at('A10') });
  });

  it('parses each value and keeps its cell', () => {
    const table = only(buildSheet([cleanTable()]));
    const [count, rate, deadline, cost, effect, satisfaction] = table.indicators.map((i) => i.value);
    expect(count).toMatchObject({ text: '≥10人', at: at('E10'), parsed: { kind: 'number', operator: '>=', number: 10, unit: '人' } });
    expect(rate.parsed).toMatchObject({ kind: 'number', operator: '=', number: 100, unitKind: 'percent' });
    expect(deadline.parsed).toMatchObject({ kind: 'deadline', month: 12 });
    expect(cost.parsed).toMatchObject({ kind: 'number', operator: '<=', number: 6, moneyUnit: '万元' });
    expect(effect.parsed).toEqual({ kind: 'qualitative', raw: '进一步提升' });
    expect(satisfaction.parsed).toMatchObject({ operator: '>=', number: 90, unit: '%' });
  });

  it('reads budgets written with units into the table unit', () => {
    const table = only(buildSheet([cleanTable({ budget: '189.8万元', fiscal: '176.8万元', other: '13万' })]));
    expect(table.header.budget?.amount).toBe(189.8);
    expect(table.header.fiscal?.amount).toBe(176.8);
    expect(table.header.other?.amount).toBe(13);
    expect(table.header.other?.parsed).toMatchObject({ kind: 'number', unit: '万元' });
  });

  it('converts budgets into a table kept in 元', () => {
    const table = only(buildSheet([cleanTable({ unit: '单位：元', budget: '50000', fiscal: '5万元', spend: ['0', '25000', '50000', '50000'] })]));
    expect(table.header.unit).toBe('元');
    expect(table.header.budget?.amount).toBe(50000);
    expect(table.header.fiscal?.amount).toBe(50000);
    expect(table.spend?.milestones.map((m) => m.amount)).toEqual([0, 25000, 50000, 50000]);
  });

  it('defaults the unit to 万元 when the table has no unit line', () => {
    const table = only(buildSheet([cleanTable({ dept: undefined, unit: undefined })]));
    expect(table.header.unit).toBe('万元');
    expect(table.header.unitAt).toBeUndefined();
    expect(table.header.dept).toBeUndefined();
    expect(table.header.name?.text).toBe('见义勇为基金');
  });

  it('reads full-width numbers written as text', () => {
    const table = only(buildSheet([cleanTable({ budget: '６．００', fiscal: '６', spend: ['１．５', '３', '４．５', '６'] })], { numbers: false }));
    expect(table.header.budget?.amount).toBe(6);
    expect(table.header.fiscal?.amount).toBe(6);
    expect(table.spend?.kind).toBe('amount');
    expect(table.spend?.milestones.map((m) => m.amount)).toEqual([1.5, 3, 4.5, 6]);
  });

  it('keeps #REF! cells as errors', () => {
    const rows = cleanTable().rows.map((r) => [...r]);
    rows[0][4] = '#REF!';
    const table = only(buildSheet([cleanTable({ budget: '#REF!', spend: ['1.50', '#DIV/0!', '4.50', '6.00'], rows })]));
    expect(table.header.budget).toMatchObject({ text: '#REF!', amount: null, parsed: { kind: 'error' } });
    expect(table.spend?.milestones[1]).toMatchObject({ amount: null, percent: null, value: { parsed: { kind: 'error' } } });
    expect(table.spend?.kind).toBe('amount');
    expect(table.indicators[0].value.parsed).toEqual({ kind: 'error', raw: '#REF!' });
  });

  it('points missing fields at the empty cell where they belong', () => {
    const table = only(buildSheet([cleanTable({ code: '', name: '', budget: '', goals: [['', '']], usage: '' })]));
    expect(table.header.code).toEqual({ text: '', at: at('B3') });
    expect(table.header.name).toEqual({ text: '', at: at('E3') });
    expect(table.header.budget).toMatchObject({ text: '', at: at('C4'), amount: null });
    expect(table.header.usage).toEqual({ text: '', at: at('B5') });
    expect(table.goals).toEqual([{ label: '', text: '', at: at('B8') }]);
  });

  it('points a whole empty budget row at the value cells beside the labels', () => {
    const table = only(buildSheet([cleanTable({ budget: '', fiscal: '', other: '' })]));
    expect([table.header.budget?.at, table.header.fiscal?.at, table.header.other?.at]).toEqual([at('C4'), at('E4'), at('G4')]);
    expect(table.header.budget?.text).toBe('');
    expect(table.header.usage?.text).toContain('见义勇为');
  });

  it('keeps a placeholder code as written', () => {
    expect(only(buildSheet([cleanTable({ code: '————' })])).header.code?.text).toBe('————');
  });
});

describe('spend plans', () => {
  const plan = (spend: RawTable['spend'], numbers = true) => only(buildSheet([cleanTable({ spend })], { numbers })).spend!;

  it('reads 0, 0, 100%, 100% stored as percent-formatted numbers as a percent plan', () => {
    const spend = plan(['0', '0', '100%', '100%']);
    expect(spend.kind).toBe('percent');
    expect(spend.milestones.map((m) => m.percent)).toEqual([0, 0, 100, 100]);
    expect(spend.milestones.map((m) => m.amount)).toEqual([null, null, null, null]);
    expect(spend.milestones[2].value).toMatchObject({ text: '100%', parsed: { kind: 'number', number: 100, unit: '%' } });
  });

  it('reads percentages written as text', () => {
    const spend = plan(['30%', '60%', '90%', '100%'], false);
    expect(spend.kind).toBe('percent');
    expect(spend.milestones.map((m) => m.percent)).toEqual([30, 60, 90, 100]);
  });

  it('reads plain numbers as amounts even though the label says （%）', () => {
    const spend = plan(['0', '0', '3.00', '6.00']);
    expect(spend.kind).toBe('amount');
    expect(spend.milestones.map((m) => m.amount)).toEqual([0, 0, 3, 6]);
  });

  describe('plain numbers under a （%） label', () => {
    const planFor = (budget: string, spend: string[], spendLabel?: string) =>
      only(buildSheet([cleanTable({ budget, fiscal: budget, spend, ...(spendLabel ? { spendLabel } : {}) })])).spend!;

    it('reads 30 60 90 100 as percentages when they cannot be amounts of the budget', () => {
      const spend = planFor('6.00', ['30', '60', '90', '100']);
      expect(spend.kind).toBe('percent');
      expect(spend.milestones.map((m) => [m.amount, m.percent])).toEqual([
        [null, 30],
        [null, 60],
        [null, 90],
        [null, 100],
      ]);
      expect(spend.milestones[0].value.parsed).toMatchObject({ kind: 'number', unitKind: 'none' });
    });

    it('reads a percent plan with zeros and a full-width ％ in the label', () => {
      const spend = planFor('250', ['0', '0', '50', '100'], '资金支出计划（％）');
      expect(spend.kind).toBe('percent');
      expect(spend.milestones.map((m) => m.percent)).toEqual([0, 0, 50, 100]);
    });

    it('keeps amounts that end at the budget, or do not end at 100, or pass 100', () => {
      expect(planFor('6.00', ['1.50', '3.00', '4.50', '6.00']).kind).toBe('amount');
      expect(planFor('300', ['30', '60', '90', '99']).kind).toBe('amount');
      expect(planFor('300', ['120', '60', '90', '100']).kind).toBe('amount');
      expect(planFor('300', ['30', '60', '90', '']).kind).toBe('amount');
    });

    it('keeps amounts when the label does not say %', () => {
      expect(planFor('6.00', ['30', '60', '90', '100'], '资金支出计划').kind).toBe('amount');
    });

    it('keeps amounts when the budget is unknown', () => {
      expect(planFor('', ['30', '60', '90', '100']).kind).toBe('amount');
      expect(planFor('待定', ['30', '60', '90', '100']).kind).toBe('amount');
    });

    it('keeps amounts for a budget of 100, where both readings agree', () => {
      const spend = planFor('100', ['30', '60', '90', '100']);
      expect(spend.kind).toBe('amount');
      expect(spend.milestones.map((m) => m.amount)).toEqual([30, 60, 90, 100]);
    });

    it('compares the budget in the table unit', () => {
      const grid = buildSheet([cleanTable({ unit: '单位：元', budget: '100', fiscal: '100', spend: ['30', '60', '90', '100'] })]);
      expect(only(grid).spend!.kind).toBe('amount');
      const inYuan = buildSheet([cleanTable({ unit: '单位：元', budget: '100万元', fiscal: '', spend: ['30', '60', '90', '100'] })]);
      expect(only(inYuan).spend!.kind).toBe('percent');
    });

    it('leaves a plan mixing percent-formatted and plain numbers mixed', () => {
      expect(planFor('6.00', ['30%', '60', '90', '100']).kind).toBe('mixed');
    });
  });

  it('calls a plan of zeros unknown and a plan of both kinds mixed', () => {
    expect(plan(['0', '0', '0', '0']).kind).toBe('unknown');
    const mixed = plan(['1.50', '50%', '4.50', '100%']);
    expect(mixed.kind).toBe('mixed');
    expect(mixed.milestones.map((m) => [m.amount, m.percent])).toEqual([
      [1.5, null],
      [null, 50],
      [4.5, null],
      [null, 100],
    ]);
  });

  it('keeps an empty milestone, pointing at its cell', () => {
    const spend = plan(['6.00', '6.00', '6.00']);
    expect(spend.milestones).toHaveLength(4);
    expect(spend.milestones[3]).toMatchObject({ value: { text: '', at: at('E7'), parsed: { kind: 'empty' } }, amount: null });
  });

  it('accepts 9月底 and other milestone sets', () => {
    const table = only(buildSheet([cleanTable({ spendMilestones: ['3月底', '6月底', '9月底', '12月底'] })]));
    expect(table.spend?.milestones.map((m) => m.label.text)).toEqual(['3月底', '6月底', '9月底', '12月底']);
  });
});

describe('goals', () => {
  it('reads one goal per row (目标1, 目标2 …)', () => {
    const goals: Array<[string, string]> = [
      ['目标1', '表彰奖励见义勇为先进个人。'],
      ['目标2', '弘扬社会正气。'],
      ['目标3', ''],
    ];
    const table = only(buildSheet([cleanTable({ goals })]));
    expect(table.goalsAt).toEqual(at('A8'));
    expect(table.goals).toEqual([
      { label: '目标1', text: '表彰奖励见义勇为先进个人。', at: at('C8') },
      { label: '目标2', text: '弘扬社会正气。', at: at('C9') },
      { label: '目标3', text: '', at: at('C10') },
    ]);
    expect(table.indicatorHeader.row).toBe(10);
    expect(table.indicators).toHaveLength(6);
  });
});

describe('flat layout', () => {
  it('reads title, goals and indicators; no budget and no spend plan', () => {
    const table = only(buildSheet([cleanTable()], { layout: 'flat' }));
    expect(table.layout).toBe('flat');
    expect(table.header.title.text).toBe('1.见义勇为基金绩效目标表');
    expect(table.header.budget).toBeUndefined();
    expect(table.header.name).toBeUndefined();
    expect(table.spend).toBeUndefined();
    expect(table.goals[0].text).toContain('弘扬社会正气');
    expect(table.indicatorHeader.row).toBe(2);
    expect(table.indicators).toHaveLength(6);
    expect(table.range).toEqual({ top: 0, left: 0, bottom: 8, right: 6 });
  });
});

describe('finding tables on a sheet', () => {
  const three = [cleanTable(), cleanTable({ title: '2.维稳经费绩效目标表', name: '维稳经费' }), cleanTable({ title: '3.综治经费绩效目标', name: '综治经费' })];

  it.each([0, 1, 3])('finds stacked tables with %d blank rows between', (gap) => {
    const tables = parseSheet(buildSheet(three, { gap }));
    expect(tables.map((t) => t.header.name?.text)).toEqual(['见义勇为基金', '维稳经费', '综治经费']);
    expect(tables.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(tables.map((t) => t.indicators.length)).toEqual([6, 6, 6]);
    tables.slice(1).forEach((t, i) => expect(t.range.top).toBe(tables[i].range.bottom + 1 + gap));
  });

  it.each([3, '3.', '三、'])('reads a title after a serial-number cell (%s) in the same row', (serial) => {
    const grid = new Grid();
    const next = writeFormTable(grid, cleanTable(), 0);
    writeFormTable(grid, cleanTable({ title: '扫黑除恶经费绩效目标表', name: '扫黑除恶经费' }), next, 1);
    grid.set(next, 0, cellOf(serial));
    const tables = parseSheet(grid);
    expect(tables.map((t) => t.header.title.text)).toEqual(['1.见义勇为基金绩效目标表', '扫黑除恶经费绩效目标表']);
    expect(tables[1].header.title.at).toEqual({ row: next, col: 1 });
    expect(tables[1].range.top).toBe(next);
    expect(tables[1].header.name?.text).toBe('扫黑除恶经费');
    expect(tables[0].range.bottom).toBe(next - 1);
  });

  it('does not take a title after a cell that is no serial number for a title row', () => {
    const grid = new Grid();
    writeFormTable(grid, cleanTable({ title: '扫黑除恶经费绩效目标表' }), 0, 1);
    grid.set(0, 0, cellOf('说明文字很长不是序号'));
    expect(only(grid).header.title.text).toBe('');
  });

  it('does not take an indicator library sheet (项目类型 | 一级指标 | …) for a goal table', () => {
    const grid = new Grid('指标模板');
    ['项目类型', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'].forEach((h, c) => grid.set(0, c, cellOf(h)));
    ['见义勇为', '产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', '工作计划'].forEach((v, c) => grid.set(1, c, cellOf(v)));
    expect(parseSheet(grid)).toEqual([]);
  });

  it('finds a table that does not start at column A', () => {
    const table = only(buildSheet([cleanTable()], { top: 4, left: 3 }));
    expect(table.range).toEqual({ top: 4, left: 3, bottom: 18, right: 9 });
    expect(table.header.budget?.at).toEqual(at('F8'));
    expect(table.indicatorHeader.columns.level1).toBe(3);
    expect(table.indicators[0].level1.at).toEqual(at('D14'));
  });

  it('matches label variants with line breaks and spaces', () => {
    const grid = buildSheet([cleanTable()]);
    setText(grid, 'A9', '一级\n指标');
    setText(grid, 'C9', ' 三级 指标');
    setText(grid, 'F9', '指标值\n确定依据');
    setText(grid, 'A10', '产出\n指标 ');
    setText(grid, 'B11', '质 量');
    setText(grid, 'D3', '项目\n名称：');
    setText(grid, 'D4', '其中:财政拨款');
    const table = only(grid);
    expect(table.indicators[0].level1).toEqual({ text: '产出\n指标', at: at('A10') });
    expect(table.indicators[0].level1Kind).toBe('output');
    expect(table.indicators[1].level2Kind).toBe('quality');
    expect(table.header.name?.text).toBe('见义勇为基金');
    expect(table.header.fiscal?.amount).toBe(6);
  });

  it('finds budget values by label when the columns are shuffled', () => {
    const grid = buildSheet([cleanTable()]);
    // 其他资金 first, then 预算数, then 财政资金.
    ['', '其他资金', '0', '预算数', '6.00', '财政资金', '6.00'].forEach((text, col) => col > 0 && grid.set(3, col, cellOf(text)));
    const table = only(grid);
    expect(table.header.other).toMatchObject({ at: at('C4'), amount: 0 });
    expect(table.header.budget).toMatchObject({ at: at('E4'), amount: 6 });
    expect(table.header.fiscal).toMatchObject({ at: at('G4'), amount: 6 });
  });

  it('reads budget labels laid out above their values', () => {
    const grid = new Grid();
    const put = (address: string, text: string) => setText(grid, address, text);
    put('A1', '见义勇为基金绩效目标表');
    put('A2', '项目名称');
    put('B2', '见义勇为基金');
    put('A3', '年度预算数');
    put('B3', '其中：财政拨款');
    put('C3', '其他资金');
    grid.set(3, 0, cellOf('6.00'));
    grid.set(3, 1, cellOf('6.00'));
    put('A5', '绩效目标');
    put('B5', '弘扬社会正气。');
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'].forEach((h, c) => grid.set(5, c, cellOf(h)));
    ['产出指标', '数量指标', '表彰人数', '表彰人数', '≥10人', '计划'].forEach((h, c) => grid.set(6, c, cellOf(h)));
    const table = only(grid);
    expect(table.header.budget).toMatchObject({ at: at('A4'), amount: 6 });
    expect(table.header.fiscal).toMatchObject({ at: at('B4'), amount: 6 });
    expect(table.header.other).toMatchObject({ at: at('C4'), text: '' });
  });

  it('keeps an indicator named like a form label (成本指标 预算数) inside the table', () => {
    const rows = cleanTable().rows.map((r) => [...r]);
    rows[3] = ['', '成本指标', '预算数', '预算数', '≤6', '预算测算'];
    const table = only(buildSheet([cleanTable({ rows })]));
    expect(table.indicators).toHaveLength(6);
    expect(table.indicators[3].name.text).toBe('预算数');
  });

  it('keeps a row with only 指标值确定依据 filled as an indicator row', () => {
    const rows = [...cleanTable().rows, ['', '', '', '', '', '年度工作计划']];
    const table = only(buildSheet([cleanTable({ rows })]));
    expect(table.indicators).toHaveLength(7);
    expect(table.indicators[6]).toMatchObject({ name: { text: '' }, basis: { text: '年度工作计划' }, level1Kind: 'satisfaction' });
  });

  it('ends indicator rows at a blank row or a note below the table', () => {
    const grid = buildSheet([cleanTable()]);
    setText(grid, 'A16', '注：本表金额单位为万元。');
    expect(only(grid).indicators).toHaveLength(6);
    setText(grid, 'A16', '');
    setText(grid, 'C17', '孤立的备注');
    expect(only(grid).range.bottom).toBe(14);
  });

  it('finds stacked header-only tables (no title, no blank row between)', () => {
    const grid = buildSheet([cleanTable(), cleanTable({ title: '' })], { layout: 'flat', gap: 0 });
    const tables = parseSheet(grid);
    expect(tables).toHaveLength(2);
    // The second table's (empty) title row is a blank row: the table starts at its 绩效目标 row.
    expect(tables[1].header.title).toEqual({ text: '', at: { row: 10, col: 0 } });
    expect(tables[1].range.top).toBe(10);
    expect(tables[1].goals[0].text).toContain('弘扬社会正气');
    expect(tables[1].indicators).toHaveLength(6);
  });

  it('reports a titled form without an indicator header as a table without indicators', () => {
    const grid = buildSheet([cleanTable({ rows: [] }), cleanTable({ title: '2.维稳经费绩效目标表' })]);
    // Remove the first table's header row.
    for (let c = 0; c < 7; c++) grid.set(8, c, { value: null, text: '' });
    const tables = parseSheet(grid);
    expect(tables).toHaveLength(2);
    expect(tables[0].indicators).toEqual([]);
    expect(tables[0].header.name?.text).toBe('见义勇为基金');
    expect(tables[0].indicatorHeader.row).toBe(tables[0].range.bottom + 1);
    expect(tables[1].header.title.text).toBe('2.维稳经费绩效目标表');
  });

  it('reads a header without a 绩效指标描述 column, giving that column a spare place', () => {
    const grid = new Grid();
    grid.set(0, 0, cellOf('见义勇为基金绩效目标表'));
    ['一级指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）', '指标值确定依据'].forEach((h, c) => grid.set(1, c, cellOf(h)));
    ['产出指标', '数量指标', '表彰人数', '≥10人', '计划'].forEach((h, c) => grid.set(2, c, cellOf(h)));
    const table = only(grid);
    const { columns } = table.indicatorHeader;
    expect([columns.level1, columns.level2, columns.name, columns.value, columns.basis]).toEqual([0, 1, 2, 3, 4]);
    expect(Object.values(columns).filter((c) => c === columns.description)).toHaveLength(1);
    expect(table.indicators[0]).toMatchObject({ value: { text: '≥10人' }, description: { text: '' }, basis: { text: '计划' } });
  });

  it('reads a two-row header whose labels are merged down from the row above', () => {
    const grid = new Grid();
    grid.set(0, 0, cellOf('见义勇为基金绩效目标表'));
    grid.set(1, 0, cellOf('绩效指标'));
    grid.addMerge({ row: 1, col: 0, rows: 1, cols: 3 });
    grid.set(1, 3, cellOf('指标值'));
    grid.addMerge({ row: 1, col: 3, rows: 2, cols: 1 });
    grid.set(1, 4, cellOf('指标值确定依据'));
    grid.addMerge({ row: 1, col: 4, rows: 2, cols: 1 });
    ['一级指标', '二级指标', '三级指标'].forEach((h, c) => grid.set(2, c, cellOf(h)));
    ['产出指标', '数量指标', '表彰人数', '≥10人', '计划'].forEach((h, c) => grid.set(3, c, cellOf(h)));
    const table = only(grid);
    expect(table.indicatorHeader.row).toBe(2);
    expect(table.indicatorHeader.columns).toMatchObject({ level1: 0, level2: 1, name: 2, value: 3, basis: 4 });
    expect(table.indicators[0].value.parsed).toMatchObject({ number: 10, unit: '人' });
  });

  it('finds nothing on an empty sheet or a sheet without goal tables', () => {
    expect(parseSheet(new Grid())).toEqual([]);
    const grid = new Grid();
    grid.set(0, 0, cellOf('2023年部门预算表'));
    grid.set(1, 0, cellOf('科目'));
    grid.set(1, 1, cellOf('金额'));
    grid.set(2, 0, cellOf('工资福利支出'));
    grid.set(2, 1, cellOf('125.4'));
    expect(parseSheet(grid)).toEqual([]);
  });

  it('ignores values repeated over merged areas (a reader that did not normalise)', () => {
    const grid = buildSheet([cleanTable()]);
    for (const m of grid.merges) {
      const top = grid.get(m.row, m.col);
      for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) grid.set(r, c, top);
    }
    const table = only(grid);
    expect(table.header.title.text).toBe('1.见义勇为基金绩效目标表');
    expect(table.indicators).toHaveLength(6);
    expect(table.indicators[1].level1.at).toEqual(at('A10'));
  });
});
