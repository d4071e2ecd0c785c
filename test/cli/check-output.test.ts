/**
 * The check command's output, exit codes and --annotate, with validateSheet replaced by a stub that returns
 * known tables and findings: these tests do not depend on the state of the parser or the rule catalogue.
 */
import { copyFileSync, linkSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/program';
import type { Finding, Severity } from '../../src/core/findings';
import { toA1, type Grid } from '../../src/core/grid';
import type { GoalTable } from '../../src/core/model';
import type { SheetResult } from '../../src/core/validate';
import { captureIO, fixture, sha256, tempDir } from './helpers';

interface StubFinding {
  rule: string;
  severity: Severity;
  row: number;
  col: number;
  table?: number;
  messageId?: string;
  args?: Record<string, string | number>;
}

let mockFindings: StubFinding[] = [];

jest.mock('../../src/core/validate', () => ({
  validateSheet: (grid: Grid): SheetResult => ({
    sheetName: grid.sheetName,
    tables: [stubTable(grid, 0), stubTable(grid, 1)],
    findings: mockFindings.map(
      (f): Finding => ({
        rule: f.rule,
        severity: f.severity,
        at: { row: f.row, col: f.col },
        cell: toA1(f.row, f.col),
        messageId: f.messageId ?? 'stub',
        args: f.args ?? {},
        table: f.table ?? 0,
      }),
    ),
  }),
}));

function stubTable(grid: Grid, index: number): GoalTable {
  const top = index * 17;
  return {
    index,
    layout: 'form',
    range: { top, left: 0, bottom: top + 15, right: 6 },
    header: {
      title: { text: grid.get(top, 0).text, at: { row: top, col: 0 } },
      unit: '万元',
      name: { text: grid.get(top + 2, 4).text, at: { row: top + 2, col: 4 } },
    },
    goals: [],
    goalsAt: { row: top + 7, col: 0 },
    indicatorHeader: { row: top + 8, columns: { level1: 0, level2: 1, name: 2, description: 3, value: 4, basis: 5 } },
    indicators: new Array(7 - index).fill(null),
  } as unknown as GoalTable;
}

const LINXI = fixture('linxi.xlsx');
const SHEET = '项目绩效目标表';

const SAMPLE: StubFinding[] = [
  { rule: 'value/direction', severity: 'warning', row: 10, col: 4 },
  {
    rule: 'spend/final-mismatch',
    severity: 'error',
    row: 6,
    col: 4,
    messageId: 'amount',
    args: { milestone: '12月底', value: '5.00', budget: '5.50', unit: '万元' },
  },
  { rule: 'value/percent-range', severity: 'error', row: 10, col: 4 },
  { rule: 'value/missing-operator', severity: 'info', row: 12, col: 4 },
  { rule: 'indicator/missing-basis', severity: 'warning', row: 27, col: 5, table: 1 },
];

beforeEach(() => {
  mockFindings = [];
});

describe('JSON output', () => {
  test('has exactly the SPEC §5 shape', async () => {
    mockFindings = SAMPLE;
    const out = captureIO();
    const code = await run(['check', LINXI, '--format', 'json'], out.io);
    expect(code).toBe(1);
    const report = JSON.parse(out.stdout());
    expect(Object.keys(report)).toEqual(['files']);
    expect(Object.keys(report.files[0])).toEqual(['file', 'sheets']);
    expect(report.files[0].file).toBe(LINXI);
    const sheet = report.files[0].sheets[0];
    expect(Object.keys(sheet)).toEqual(['name', 'tables', 'findings']);
    expect(sheet.name).toBe(SHEET);
    expect(sheet.tables[0]).toEqual({
      title: '1.大要案查处工作经费绩效目标表',
      project: '大要案查处工作经费',
      range: 'A1:G16',
      indicators: 7,
      type: 'major-cases', // SPEC §3 names 大要案查处工作经费 as a major-cases project
    });
    expect(sheet.tables[1]).toMatchObject({ title: '2.扫黑除恶经费绩效目标表', range: 'A18:G33', indicators: 6 });
    for (const f of sheet.findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'cell', 'message', 'table']);
    // Sorted top to bottom, then by rule.
    expect(sheet.findings.map((f: { cell: string; rule: string }) => `${f.cell} ${f.rule}`)).toEqual([
      'E7 spend/final-mismatch',
      'E11 value/direction',
      'E11 value/percent-range',
      'E13 value/missing-operator',
      'F28 indicator/missing-basis',
    ]);
    expect(sheet.findings[4]).toMatchObject({ severity: 'warning', table: 1 });
    expect(typeof sheet.findings[0].message).toBe('string');
    expect(sheet.findings[0].message.length).toBeGreaterThan(0);
  });

  test('an unreadable file is {file, error} with no sheets; the good file is still checked', async () => {
    const tmp = tempDir();
    try {
      const missing = path.join(tmp.dir, 'missing.xlsx');
      const out = captureIO();
      const code = await run(['check', missing, LINXI, '--format', 'json'], out.io);
      expect(code).toBe(2);
      const report = JSON.parse(out.stdout());
      expect(report.files[0]).toEqual({ file: missing, error: expect.stringContaining('文件不存在') });
      expect(report.files[1].sheets[0].tables).toHaveLength(2);
      expect(out.stderr()).toContain(`${missing}: 文件不存在`);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('text output and exit codes', () => {
  test('one line per finding, then the summary; exit 1 on an error finding', async () => {
    mockFindings = SAMPLE;
    const out = captureIO();
    expect(await run(['check', LINXI], out.io)).toBe(1);
    const lines = out.stdout().trimEnd().split('\n');
    expect(lines).toHaveLength(SAMPLE.length + 1);
    expect(lines[0]).toBe(`${LINXI}!${SHEET}!E7 error spend/final-mismatch “12月底”累计支出 5.00 与预算数 5.50万元 不一致。`);
    expect(lines[1]).toMatch(new RegExp(`^${escape(LINXI)}!${SHEET}!E11 warning value/direction \\S`));
    expect(lines.at(-1)).toBe('共 1 个文件，1 个工作表，2 张绩效目标表：2 个错误，2 个警告，1 个提示');
  });

  test('--lang en gives an English summary', async () => {
    mockFindings = SAMPLE;
    const out = captureIO();
    await run(['check', LINXI, '--lang', 'en'], out.io);
    const lines = out.stdout().trimEnd().split('\n');
    expect(lines[0]).toContain('Cumulative spend 5.00 at 12月底 differs from the budget 5.50 万元.');
    expect(lines.at(-1)).toBe('1 file, 1 sheet, 2 tables: 2 errors, 2 warnings, 1 info');
  });

  test('exit 0 when there are only warnings and info', async () => {
    mockFindings = SAMPLE.filter((f) => f.severity !== 'error');
    expect(await run(['check', LINXI], captureIO().io)).toBe(0);
  });

  test('exit 0 and only the summary when nothing is found', async () => {
    const out = captureIO();
    expect(await run(['check', LINXI, fixture('zunhua.xlsx')], out.io)).toBe(0);
    expect(out.stdout()).toBe('共 2 个文件，13 个工作表，26 张绩效目标表：0 个错误，0 个警告，0 个提示\n');
  });

  test('an unreadable file wins over error findings: exit 2', async () => {
    mockFindings = SAMPLE;
    const out = captureIO();
    expect(await run(['check', LINXI, 'nowhere.xlsx'], out.io)).toBe(2);
    expect(out.stdout()).toContain('（1 个无法读取）');
  });
});

describe('--annotate', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  test('writes a marked copy: red errors, amber warnings, notes; info unmarked; input byte-identical', async () => {
    mockFindings = SAMPLE;
    const input = path.join(tmp.dir, 'linxi.xlsx');
    copyFileSync(LINXI, input);
    const before = sha256(input);
    const output = path.join(tmp.dir, 'marked.xlsx');
    const out = captureIO();
    expect(await run(['check', input, '--annotate', output], out.io)).toBe(1);
    expect(sha256(input)).toBe(before);
    expect(out.stdout()).toContain(`已写出标记副本 ${output}（标记了 3 个单元格）`);

    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(output);
    const sheet = marked.getWorksheet(SHEET)!;
    expect(fillOf(sheet.getCell('E7'))).toBe('FFFFC7CE');
    expect(fillOf(sheet.getCell('E11'))).toBe('FFFFC7CE'); // error beats warning on the same cell
    expect(fillOf(sheet.getCell('F28'))).toBe('FFFFEB9C');
    expect(fillOf(sheet.getCell('E13'))).toBeUndefined();
    expect(sheet.getCell('E13').note).toBeUndefined();
    const note = noteText(sheet.getCell('E11').note);
    expect(note).toContain('value/percent-range');
    expect(note).toContain('value/direction');
    expect(noteText(sheet.getCell('E7').note)).toContain('[错误] “12月底”累计支出 5.00 与预算数 5.50万元 不一致。');
    expect(note).toContain('[警告]');
    // Cells that share a style with a marked cell are left alone.
    expect(fillOf(sheet.getCell('E10'))).toBeUndefined();
    expect(fillOf(sheet.getCell('E12'))).toBeUndefined();
    // Values are untouched.
    expect(sheet.getCell('E11').value).toBe('≤100%');
    expect(sheet.getCell('C4').value).toBe(5);
  });

  test('refuses to write over the input, even through another spelling of its path', async () => {
    const input = path.join(tmp.dir, 'book.xlsx');
    copyFileSync(LINXI, input);
    const before = sha256(input);
    const other = path.join(tmp.dir, '.', 'sub', '..', 'book.xlsx');
    const out = captureIO();
    expect(await run(['check', input, '--annotate', other], out.io)).toBe(2);
    expect(out.stderr()).toContain('不能是输入文件本身');
    expect(sha256(input)).toBe(before);
  });

  test('refuses a hard link to the input', async () => {
    const input = path.join(tmp.dir, 'book.xlsx');
    copyFileSync(LINXI, input);
    const link = path.join(tmp.dir, 'link.xlsx');
    linkSync(input, link);
    const out = captureIO();
    expect(await run(['check', input, '--annotate', link], out.io)).toBe(2);
    expect(out.stderr()).toContain('不能是输入文件本身');
  });

  test('refuses several input files', async () => {
    const out = captureIO();
    const output = path.join(tmp.dir, 'x.xlsx');
    expect(await run(['check', LINXI, fixture('zunhua.xlsx'), '--annotate', output], out.io)).toBe(2);
    expect(out.stderr()).toContain('只能用于单个输入文件');
    expect(out.stdout()).toBe('');
  });

  test('refuses an output that is not .xlsx', async () => {
    const out = captureIO();
    expect(await run(['check', LINXI, '--annotate', path.join(tmp.dir, 'x.xls')], out.io)).toBe(2);
    expect(out.stderr()).toContain('.xlsx');
  });

  test('a folder that does not exist: clear message, exit 2', async () => {
    mockFindings = SAMPLE;
    const out = captureIO();
    const output = path.join(tmp.dir, 'no', 'such', 'dir', 'x.xlsx');
    expect(await run(['check', LINXI, '--annotate', output], out.io)).toBe(2);
    expect(out.stderr()).toContain('无法写入标记副本');
  });

  test('an existing output is replaced whole, and no temporary file is left beside it', async () => {
    mockFindings = SAMPLE;
    const output = path.join(tmp.dir, 'marked.xlsx');
    copyFileSync(fixture('huailai-flat.xlsx'), output);
    expect(await run(['check', LINXI, '--annotate', output], captureIO().io)).toBe(1);
    expect(readdirSync(tmp.dir)).toEqual(['marked.xlsx']);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(output);
    expect(marked.worksheets.map((s) => s.name)).toEqual([SHEET]);
  });
});

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
