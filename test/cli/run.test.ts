/** The command line end to end, in-process, over the real reader, parser and rules. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/program';
import { LIBRARY_SHEET_NAME } from '../../src/core/templates';
import { captureIO, fixture, tempDir } from './helpers';

const LINXI = fixture('linxi.xlsx');
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

function write(name: string, content: Buffer | string): string {
  const file = path.join(tmp.dir, name);
  writeFileSync(file, content);
  return file;
}

describe('unreadable files among good ones', () => {
  test('each bad file gets one clear stderr line, the good files are still checked, exit 2', async () => {
    const bad = [
      write('corrupt.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 1)])),
      write('legacy.xls', Buffer.concat([OLE2_MAGIC, Buffer.alloc(1024)])),
      write('zero.xlsx', ''),
      path.join(tmp.dir, 'absent.xlsx'),
    ];
    const out = captureIO();
    const code = await run(['check', LINXI, ...bad, fixture('huailai.xlsx'), '--format', 'json'], out.io);
    expect(code).toBe(2);
    const report = JSON.parse(out.stdout());
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([LINXI, ...bad, fixture('huailai.xlsx')]);
    expect(report.files[0].sheets).toHaveLength(1);
    expect(report.files[5].sheets).toHaveLength(1);
    for (const entry of report.files.slice(1, 5)) {
      expect(Object.keys(entry)).toEqual(['file', 'error']);
      expect(entry.error).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(report.files[2].error).toContain('这是 .xls 或加密的工作簿');
    const errLines = out.stderr().trimEnd().split('\n');
    expect(errLines).toHaveLength(4);
    bad.forEach((file, i) => expect(errLines[i].startsWith(`goaltable: ${file}: `)).toBe(true));
    expect(out.stderr()).not.toMatch(/\n\s+at /); // no stack trace
  });

  test('text mode: the summary counts the unreadable file', async () => {
    const out = captureIO();
    const code = await run(['check', write('bad.xlsx', 'not a workbook'), LINXI], out.io);
    expect(code).toBe(2);
    expect(out.stdout().trimEnd().split('\n').at(-1)).toMatch(/^共 2 个文件（1 个无法读取），1 个工作表/);
  });

  test('a workbook with no worksheets', async () => {
    const file = path.join(tmp.dir, 'nosheets.xlsx');
    await new ExcelJS.Workbook().xlsx.writeFile(file);
    const out = captureIO();
    expect(await run(['check', file], out.io)).toBe(2);
    expect(out.stderr()).toMatch(/没有工作表|损坏/);
  });
});

describe('usage', () => {
  test.each([
    [['check'], /missing required argument/],
    [['check', LINXI, '--format', 'xml'], /xml/],
    [['check', LINXI, '--lang', 'fr'], /fr/],
    [['frobnicate'], /unknown command/],
  ])('%j → exit 2 with a message', async (argv, message) => {
    const out = captureIO();
    expect(await run(argv, out.io)).toBe(2);
    expect(out.stderr()).toMatch(message);
    expect(out.stdout()).toBe('');
  });

  test('--help exits 0', async () => {
    const out = captureIO();
    expect(await run(['check', '--help'], out.io)).toBe(0);
    expect(out.stdout()).toContain('--annotate');
  });
});

describe('--config', () => {
  test.each([
    ['{"rules": {"cost/not-monetary": "loud"}}', /cost\/not-monetary/],
    ['{"rules": {"no/such-rule": "off"}}', /no\/such-rule/],
    ['{"framework": "2015"}', /framework/],
    ['{"satisfaction": {"min": 90, "max": 80}}', /min/],
    ['{"pacing": [50, 25]}', /pacing/],
    ['{"colour": "red"}', /colour/],
    ['[1, 2]', /JSON 对象/],
    ['{"rules": ', /不是有效的 JSON/],
  ])('bad config %s → exit 2, nothing checked', async (json, message) => {
    const out = captureIO();
    const config = write('bad.json', json);
    expect(await run(['check', LINXI, '--config', config], out.io)).toBe(2);
    expect(out.stderr()).toContain(`配置文件 ${config}`);
    expect(out.stderr()).toMatch(message);
    expect(out.stdout()).toBe('');
  });

  test('a missing config file', async () => {
    const out = captureIO();
    expect(await run(['check', LINXI, '--config', path.join(tmp.dir, 'none.json')], out.io)).toBe(2);
    expect(out.stderr()).toContain('无法读取配置文件');
  });

  test('a valid config is accepted, and its locale applies unless --lang says otherwise', async () => {
    const config = write('good.json', '{"rules": {"value/missing-operator": "off"}, "locale": "en", "pacing": [25, 50, 75, 100]}');
    const english = captureIO();
    expect(await run(['check', fixture('huailai-flat.xlsx'), '--config', config], english.io)).toBeLessThan(2);
    expect(english.stdout()).toMatch(/^1 file, 1 sheet, /m);
    const chinese = captureIO();
    await run(['check', fixture('huailai-flat.xlsx'), '--config', config, '--lang', 'zh-CN'], chinese.io);
    expect(chinese.stdout()).toMatch(/^共 1 个文件/m);
  });
});

/** True once the rule catalogue reports on a table whose budget does not add up. */

describe('with the real rule catalogue', () => {
  test('linxi (with labelled must-errors) exits 1 and prints well-formed lines', async () => {
    const out = captureIO();
    expect(await run(['check', LINXI], out.io)).toBe(1);
    const lines = out.stdout().trimEnd().split('\n');
    const findingLine = new RegExp(`^${LINXI.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!项目绩效目标表![A-Z]+\\d+ (error|warning|info) [a-z]+/[a-z0-9-]+ \\S`);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(findingLine);
    expect(lines.some((line) => / error /.test(line))).toBe(true);
  });

  test('switching every rule off through --config gives exit 0 and no finding lines', async () => {
    const { RULE_IDS } = await import('../../src/core/rules');
    const config = write('off.json', JSON.stringify({ rules: Object.fromEntries(RULE_IDS.map((id) => [id, 'off'])) }));
    const out = captureIO();
    expect(await run(['check', LINXI, '--config', config], out.io)).toBe(0);
    expect(out.stdout().trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('an organisation template library sheet', () => {
  test('is not checked as a goal table; the other sheets are', async () => {
    const file = path.join(tmp.dir, 'with-library.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(fixture('huailai-flat.xlsx'));
    const library = workbook.addWorksheet(LIBRARY_SHEET_NAME);
    library.addRow(['项目类型', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    library.addRow(['维稳', '产出指标', '成本指标', '项目支出成本', '项目支出成本', '≤{budget}{unit}', '预算']);
    await workbook.xlsx.writeFile(file);
    const out = captureIO();
    await run(['check', file, '--format', 'json'], out.io);
    const sheets = JSON.parse(out.stdout()).files[0].sheets;
    expect(sheets.map((s: { name: string }) => s.name)).toEqual([workbook.worksheets[0].name]);
  });
});
