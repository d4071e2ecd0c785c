import { Grid, type CellRange } from '../../src/core/grid';
import type { GoalTable } from '../../src/core/model';
import { parseSheet } from '../../src/core/parse';
import { validateSheet } from '../../src/core/validate';
import { groupedCells, renderTemplate } from '../../src/core/templates/render';
import { AddinError } from '../../src/office/api';
import { createTable, detectTemplate, insertTemplate, TemplateLedger, undoInsert, uniqueSheetName } from '../../src/office/insert';
import { cellKey, MemoryHost, type HostProfile, type MemFormat, type MemSheet } from '../../src/office/memory-host';
import { cellOf, cleanTable, writeFormTable, type RawTable } from '../helpers/build-grid';
import { fixtureGrids } from './fixtures';
import { normalised } from './helpers';

/** The sheet as Excel keeps it: merged areas have no order. */
function sheetState(host: MemoryHost): unknown {
  const sheet = JSON.parse(JSON.stringify(host.sheet('Sheet1'))) as MemSheet;
  const merges = [...sheet.merges].sort((a, b) => a.row - b.row || a.col - b.col);
  return normalised({ ...sheet, merges });
}

const BORDER = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const ROW_FORMAT: MemFormat = {
  fontName: '仿宋_GB2312',
  fontSize: 10,
  wrapText: true,
  verticalAlignment: 'Center',
  borders: { EdgeTop: BORDER, EdgeBottom: BORDER, EdgeLeft: BORDER, EdgeRight: BORDER },
};

/** A table lacking 时效, 可持续影响 and 满意度, with a second table below it and a remark beside it. */
function incompleteTable(): RawTable {
  return cleanTable({
    rows: [
      ['产出指标', '数量指标', '表彰人数', '表彰见义勇为先进个人人数', '≥10人', '年度工作计划'],
      ['', '质量指标', '奖励资金发放准确率', '奖励资金足额准确发放比例', '=100%', '年度工作计划'],
      ['', '成本指标', '项目总成本', '见义勇为基金支出总额', '≤6万元', '年度预算'],
      ['效益指标', '社会效益指标', '社会正气弘扬', '见义勇为社会风气', '进一步提升', '年度工作计划'],
    ],
  });
}

function sheetWith(tables: RawTable[], remark = true): { grid: Grid; ends: number[] } {
  const grid = new Grid('Sheet1');
  const ends: number[] = [];
  let r = 0;
  for (const t of tables) {
    r = writeFormTable(grid, t, r);
    ends.push(r);
    r += 1;
  }
  if (remark) grid.set(ends[0] - 2, 8, cellOf('备注：成本行', false));
  return { grid, ends };
}

function hostFor(grid: Grid, profile: HostProfile = 'microsoft-365', extra: Grid[] = []): MemoryHost {
  const host = MemoryHost.fromGrids([grid, ...extra], { profile });
  const tables = parseSheet(grid);
  const sheet = host.sheet('Sheet1');
  for (const t of tables) {
    for (const ind of t.indicators) {
      for (let c = 0; c <= 6; c++) sheet.cells[cellKey(ind.row, c)] ??= { value: '', numberFormat: 'General', format: {} };
      for (let c = 0; c <= 6; c++) sheet.cells[cellKey(ind.row, c)].format = JSON.parse(JSON.stringify(ROW_FORMAT));
    }
  }
  return host;
}

function tablesOf(host: MemoryHost): GoalTable[] {
  return parseSheet(host.toGrid('Sheet1'));
}

function kinds(table: GoalTable): string[] {
  return table.indicators.map((i) => `${i.level1Kind}/${i.level2Kind}`);
}

function rowTexts(grid: Grid, range: CellRange): string[] {
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const line = [];
    for (let c = range.left; c <= range.right; c++) line.push(grid.text(r, c));
    out.push(line.join('|'));
  }
  return out;
}

describe('insertTemplate', () => {
  test('adds only the missing categories, each in its place, and the table parses complete', async () => {
    const { grid } = sheetWith([incompleteTable(), cleanTable({ title: '2.维稳经费绩效目标表', name: '维稳经费' })]);
    const host = hostFor(grid);
    const before = tablesOf(host);
    const ledger = new TemplateLedger();
    const template = renderTemplate('bravery-award');
    const expected = template.filter((r) => ['时效指标', '可持续影响指标', '服务对象满意度指标'].includes(r.level2)).length;

    host.resetSyncCount();
    const { inserted } = await insertTemplate(host, ledger, 'bravery-award', { all: false });
    expect(inserted).toBe(expected);
    expect(host.syncCount).toBeLessThanOrEqual(4);

    const [table, second] = tablesOf(host);
    expect(table.indicators).toHaveLength(before[0].indicators.length + expected);
    expect(kinds(table)).toEqual([
      'output/quantity',
      'output/quality',
      'output/timeliness',
      'output/cost',
      'effect/social',
      'effect/sustainable',
      'satisfaction/satisfaction',
    ]);
    const timely = table.indicators[2];
    expect(timely.name.text).toBe(template.find((r) => r.level2 === '时效指标')!.level3);
    expect(timely.basis.text).toBe(template.find((r) => r.level2 === '时效指标')!.basis);
    // The second table and the remark beside the cost row moved down intact.
    expect(rowTexts(host.toGrid('Sheet1'), second.range)).toEqual(rowTexts(grid, before[1].range));
    expect(host.toGrid('Sheet1').text(table.indicators[3].row, 8)).toBe('备注：成本行');
    // What was inserted passes the rule catalogue.
    const complaints = validateSheet(host.toGrid('Sheet1')).findings.filter((f) => f.severity !== 'info');
    expect(complaints.map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
  });

  test('never overwrites: every original row is still there, in order', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    const host = hostFor(grid);
    await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: true });
    const after = host.toGrid('Sheet1');
    const lines = (g: Grid) => rowTexts(g, { top: 0, left: 0, bottom: g.rowCount - 1, right: 8 }).filter((l) => l.replace(/\|/g, ''));
    const newLines = lines(after);
    let k = 0;
    for (const line of lines(grid)) {
      // An original line may have gained nothing: it must appear as is, later than the previous one.
      const found = newLines.indexOf(line, k);
      expect(found).toBeGreaterThanOrEqual(k);
      k = found + 1;
    }
    expect(parseSheet(after)[0].indicators).toHaveLength(4 + renderTemplate('bravery-award').length);
  });

  test('new rows look like the table: formats of its rows, merged 一级 group and 依据 columns', async () => {
    const { grid } = sheetWith([incompleteTable()], false);
    const host = hostFor(grid);
    await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false });
    const sheet = host.sheet('Sheet1');
    const [table] = tablesOf(host);
    const timely = table.indicators.find((i) => i.level2Kind === 'timeliness')!;
    const satisfaction = table.indicators.find((i) => i.level1Kind === 'satisfaction')!;
    for (const ind of [timely, satisfaction]) {
      for (const col of [2, 3, 4, 5]) {
        const f = sheet.cells[cellKey(ind.row, col)].format;
        expect([f.fontName, f.fontSize, f.wrapText, f.fill]).toEqual(['仿宋_GB2312', 10, true, undefined]);
        expect(f.borders?.EdgeLeft).toEqual(BORDER);
        expect(f.borders?.EdgeBottom).toEqual(BORDER);
      }
      expect(sheet.merges).toContainEqual({ row: ind.row, col: 5, rows: 1, cols: 2 });
    }
    // 产出 now spans its five rows in one merged cell; the new 满意度 group has its own label.
    const output = table.indicators.filter((i) => i.level1Kind === 'output');
    expect(sheet.merges).toContainEqual({ row: output[0].row, col: 0, rows: output.length, cols: 1 });
    expect(satisfaction.level1.at.row).toBe(satisfaction.row);
    const effect = table.indicators.filter((i) => i.level1Kind === 'effect');
    expect(sheet.merges).toContainEqual({ row: effect[0].row, col: 0, rows: effect.length, cols: 1 });
  });

  test('a table with nothing missing gets nothing, and nothing is written', async () => {
    const rows = groupedCells(renderTemplate('bravery-award', { budget: 6 }));
    const { grid } = sheetWith([cleanTable({ rows })]);
    const host = hostFor(grid);
    const before = host.save();
    expect(await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false })).toEqual({ inserted: 0 });
    expect(host.save()).toBe(before);
  });

  test('a table with no indicator rows gets the whole template below its header', async () => {
    const { grid } = sheetWith([cleanTable({ rows: [] })], false);
    const host = hostFor(grid);
    const { inserted } = await insertTemplate(host, new TemplateLedger(), 'stability', { all: false });
    expect(inserted).toBe(renderTemplate('stability').length);
    const [table] = tablesOf(host);
    expect(table.indicators.map((i) => i.name.text)).toEqual(renderTemplate('stability').map((r) => r.level3));
    expect(table.indicators.find((i) => i.level2Kind === 'cost')!.value.text).toBe('≤6万元');
    expect(host.sheet('Sheet1').cells[cellKey(table.indicators[0].row, 2)].format.bold).toBe(false);
  });

  test('the table under the selection is the one filled', async () => {
    const { grid } = sheetWith([cleanTable(), incompleteTable()]);
    const host = hostFor(grid);
    const second = parseSheet(grid)[1];
    host.workbook.selection = { sheetId: host.sheet('Sheet1').id, range: { top: second.range.top + 3, left: 2, bottom: second.range.top + 3, right: 2 } };
    await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false });
    const [first, filled] = tablesOf(host);
    expect(first.indicators).toHaveLength(6);
    expect(filled.indicators).toHaveLength(7);
  });

  test('on Excel 2016 (no merge API) the rows are still complete and readable', async () => {
    const { grid } = sheetWith([incompleteTable()], false);
    const host = hostFor(grid, 'excel-2016');
    const { inserted } = await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false });
    expect(inserted).toBe(3);
    expect(kinds(tablesOf(host)[0])).toContain('satisfaction/satisfaction');
  });

  test('a protected sheet is refused with nothing written', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    const host = hostFor(grid);
    host.sheet('Sheet1').protection.protected = true;
    const before = host.save();
    await expect(insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false })).rejects.toMatchObject({ code: 'protected' });
    expect(host.save()).toBe(before);
  });

  test('an unknown type is a clear error; a sheet without tables says so', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    await expect(insertTemplate(hostFor(grid), new TemplateLedger(), 'nope', { all: false })).rejects.toThrow(/未知的项目类型/);
    const empty = MemoryHost.fromGrid(new Grid('Sheet1'));
    await expect(insertTemplate(empty, new TemplateLedger(), 'stability', { all: false })).rejects.toBeInstanceOf(AddinError);
  });

  test('the 指标模板 sheet overrides the built-in template', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    const library = new Grid('指标模板');
    const rows = [
      ['项目类型', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['见义勇为', '产出指标', '时效指标', '慰问完成时间', '慰问见义勇为人员完成时间', '12月底前', '县工作方案'],
      ['', '满意度指标', '服务对象满意度指标', '受慰问人员满意度', '受慰问人员满意度', '≥95%', '回访'],
    ];
    rows.forEach((line, r) => line.forEach((t, c) => t && library.set(r, c, cellOf(t, false))));
    const host = hostFor(grid, 'microsoft-365', [library]);
    expect(await insertTemplate(host, new TemplateLedger(), 'bravery-award', { all: false })).toEqual({ inserted: 2 });
    const names = tablesOf(host)[0].indicators.map((i) => i.name.text);
    expect(names).toContain('慰问完成时间');
    expect(names).toContain('受慰问人员满意度');
  });
});

describe('undoInsert', () => {
  test('restores the sheet exactly', async () => {
    const { grid } = sheetWith([incompleteTable(), cleanTable({ title: '2.维稳经费绩效目标表' })]);
    const host = hostFor(grid);
    const before = sheetState(host);
    const ledger = new TemplateLedger();
    await insertTemplate(host, ledger, 'bravery-award', { all: true });
    expect(sheetState(host)).not.toEqual(before);
    expect(await undoInsert(host, ledger)).toBe(true);
    expect(sheetState(host)).toEqual(before);
    expect(await undoInsert(host, ledger)).toBe(false);
  });

  test('refuses when an inserted row was edited since, and changes nothing', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    const host = hostFor(grid);
    const ledger = new TemplateLedger();
    await insertTemplate(host, ledger, 'bravery-award', { all: false });
    const [table] = tablesOf(host);
    const row = table.indicators.find((i) => i.level1Kind === 'satisfaction')!.row;
    host.sheet('Sheet1').cells[cellKey(row, 4)].value = '≥80%';
    const edited = host.save();
    await expect(undoInsert(host, ledger)).rejects.toThrow(/无法撤销/);
    expect(host.save()).toBe(edited);
  });

  test('refuses when something was written beside the table on an inserted row (undo deletes whole rows)', async () => {
    const { grid } = sheetWith([incompleteTable()]);
    const host = hostFor(grid);
    const ledger = new TemplateLedger();
    await insertTemplate(host, ledger, 'bravery-award', { all: false });
    const [table] = tablesOf(host);
    const row = table.indicators.find((i) => i.level1Kind === 'satisfaction')!.row;
    host.sheet('Sheet1').cells[cellKey(row, table.range.right + 2)] = { value: '备注', numberFormat: 'General', format: {} };
    const edited = host.save();
    await expect(undoInsert(host, ledger)).rejects.toThrow(/无法撤销/);
    expect(host.save()).toBe(edited);
  });
});

describe('createTable', () => {
  test('on a new sheet: one complete table of the type, which an undo removes', async () => {
    const { grid } = sheetWith([cleanTable()]);
    const host = hostFor(grid);
    const ledger = new TemplateLedger();
    const { range } = await createTable(host, ledger, 'railway-protection', 40, 'new-sheet');
    expect(range).toBe(`'铁路护路绩效目标表'!A1:G${9 + renderTemplate('railway-protection').length}`);
    const [table] = parseSheet(host.toGrid('铁路护路绩效目标表'));
    expect(table.header.name?.text).toBe('铁路护路经费');
    expect(table.header.budget?.amount).toBe(40);
    expect(table.spend?.milestones.map((m) => m.percent)).toEqual([25, 50, 75, 100]);
    expect(table.indicators.map((i) => i.value.text)).toEqual(renderTemplate('railway-protection', { budget: 40 }).map((r) => r.value.replace(/^=/, '＝')));
    const rules = validateSheet(host.toGrid('铁路护路绩效目标表')).findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(rules.filter((r) => !['table/missing-code', 'table/missing-usage'].includes(r))).toEqual([]);
    expect(await undoInsert(host, ledger)).toBe(true);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('at the selection: rows are inserted there, the table above is untouched, undo restores', async () => {
    const { grid, ends } = sheetWith([cleanTable(), cleanTable({ title: '2.维稳经费绩效目标表', name: '维稳经费' })]);
    const host = hostFor(grid);
    const before = sheetState(host);
    host.workbook.selection = { sheetId: host.sheet('Sheet1').id, range: { top: ends[0], left: 0, bottom: ends[0], right: 0 } };
    const ledger = new TemplateLedger();
    await createTable(host, ledger, 'insurance', 7, 'selection');
    const tables = tablesOf(host);
    expect(tables.map((t) => t.header.name?.text)).toEqual(['见义勇为基金', '保险经费', '维稳经费']);
    expect(tables[0].range).toEqual(parseSheet(grid)[0].range);
    await expect(createTable(host, ledger, 'insurance', 7, 'selection')).resolves.toBeDefined();
    await undoInsert(host, ledger);
    await undoInsert(host, ledger);
    expect(sheetState(host)).toEqual(before);
  });

  test('on Excel 2016 (ExcelApi 1.1): no merges, still one readable table; few syncs', async () => {
    const host = hostFor(sheetWith([cleanTable()]).grid, 'excel-2016');
    const ledger = new TemplateLedger();
    host.resetSyncCount();
    await createTable(host, ledger, 'generic', 12.5, 'new-sheet');
    expect(host.syncCount).toBeLessThanOrEqual(3);
    expect(host.sheet('通用项目绩效目标表').merges).toEqual([]);
    const [table] = parseSheet(host.toGrid('通用项目绩效目标表'));
    expect(table.indicators.map((i) => i.level1Kind)).not.toContain(null);
    expect(table.indicators.find((i) => i.level2Kind === 'cost')!.value.text).toBe('≤12.5万元');
    host.resetSyncCount();
    expect(await undoInsert(host, ledger)).toBe(true);
    expect(host.syncCount).toBeLessThanOrEqual(3);
  });

  test('refuses a selection inside an existing table', async () => {
    const { grid } = sheetWith([cleanTable()]);
    const host = hostFor(grid);
    host.workbook.selection = { sheetId: host.sheet('Sheet1').id, range: { top: 5, left: 1, bottom: 5, right: 1 } };
    await expect(createTable(host, new TemplateLedger(), 'insurance', 7, 'selection')).rejects.toThrow(/已有的表格/);
  });

  test('sheet names are valid and unique', () => {
    expect(uniqueSheetName('维稳绩效目标表', ['维稳绩效目标表', 'Sheet1'])).toBe('维稳绩效目标表(2)');
    expect(uniqueSheetName('a/b:c', [])).toBe('abc');
    expect(uniqueSheetName('x'.repeat(40), ['x'.repeat(31)])).toHaveLength(31);
  });
});

describe('detectTemplate', () => {
  test('recognises the table under the selection', async () => {
    const { grid } = sheetWith([cleanTable(), cleanTable({ title: '2.维稳经费绩效目标表', name: '政法委安保维稳经费' })]);
    const host = hostFor(grid);
    const first = await detectTemplate(host);
    expect(first?.match.type).toBe('bravery-award');
    expect(first?.table.project).toBe('见义勇为基金');
    const second = parseSheet(grid)[1];
    host.workbook.selection = { sheetId: host.sheet('Sheet1').id, range: { top: second.range.top + 1, left: 0, bottom: second.range.top + 1, right: 0 } };
    const detected = await detectTemplate(host);
    expect(detected?.match.type).toBe('stability');
    expect(detected?.table.type).toBe('stability');
    expect(await detectTemplate(MemoryHost.fromGrid(new Grid('Sheet1')))).toBeNull();
  });
});

describe('on the fixture workbooks', () => {
  test.each(['linxi', 'huailai'] as const)('%s: fill every table with its detected type, then undo it exactly', async (name) => {
    const [grid] = await fixtureGrids(name);
    const host = MemoryHost.fromGrid(grid);
    const sheetName = grid.sheetName;
    const before = JSON.stringify(sheetStateOf(host, sheetName));
    const tables = parseSheet(grid);
    const ledger = new TemplateLedger();
    for (const table of [...tables].reverse()) {
      host.workbook.selection = { sheetId: host.sheet(sheetName).id, range: { top: table.range.top, left: 0, bottom: table.range.top, right: 0 } };
      const detected = await detectTemplate(host);
      expect(detected?.table.project).toBe(table.header.name?.text);
      await insertTemplate(host, ledger, detected!.match.type, { all: false });
    }
    const after = parseSheet(host.toGrid(sheetName));
    expect(after).toHaveLength(tables.length);
    after.forEach((t, i) => {
      expect(t.header.name?.text).toBe(tables[i].header.name?.text);
      const categories = new Set(t.indicators.map((ind) => ind.level2Kind));
      for (const needed of ['quantity', 'quality', 'timeliness', 'cost', 'satisfaction']) expect(categories).toContain(needed);
    });
    while (await undoInsert(host, ledger));
    expect(JSON.stringify(sheetStateOf(host, sheetName))).toBe(before);
  });
});

function sheetStateOf(host: MemoryHost, name: string): unknown {
  const sheet = JSON.parse(JSON.stringify(host.sheet(name))) as MemSheet;
  sheet.merges.sort((a, b) => a.row - b.row || a.col - b.col);
  return normalised(sheet);
}
