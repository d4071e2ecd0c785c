import path from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { UsageError } from '../../src/cli/errors';
import type { ExitCode } from '../../src/cli/io';
import { registerTemplateCommands, type TemplateOutput } from '../../src/cli/templates';
import { workbookToGrids } from '../../src/cli/xlsx';
import { builtinLibrary } from '../../src/core/templates/library';
import { libraryFromGrid } from '../../src/core/templates/sheet-library';
import { captureIO, tempDir } from './helpers';

async function cli(...argv: string[]): Promise<{ stdout: string; stderr: string; error?: unknown; code: ExitCode }> {
  const captured = captureIO();
  let code: ExitCode = 0;
  const program = new Command('goaltable').exitOverride().configureOutput({
    writeOut: (t) => captured.io.stdout(t),
    writeErr: (t) => captured.io.stderr(t),
  });
  registerTemplateCommands(program, { io: captured.io, setExitCode: (c) => void (code = c) });
  let error: unknown;
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    error = e;
  }
  return { stdout: captured.stdout(), stderr: captured.stderr(), error, code };
}

describe('goaltable template', () => {
  test('recognises the type and prints its rows as json, with the budget substituted', async () => {
    const { stdout, error } = await cli('template', '雪亮工程建设', '--budget', '140.3', '--format', 'json');
    expect(error).toBeUndefined();
    const out = JSON.parse(stdout) as TemplateOutput;
    expect(Object.keys(out)).toEqual(['type', 'name', 'confidence', 'alternatives', 'rows']);
    expect(out.type).toBe('video-surveillance');
    expect(out.name).toBe('视频监控与视联网建设');
    expect(out.confidence).toBeGreaterThan(0.5);
    expect(out.alternatives.at(-1)!.type).toBe('generic');
    expect(Object.keys(out.rows[0])).toEqual(['level1', 'level2', 'level3', 'description', 'value', 'basis']);
    expect(out.rows.find((r) => r.level2 === '成本指标')!.value).toBe('≤140.3万元');
  });

  test('--type picks a type directly, with full confidence; --unit changes the cost unit', async () => {
    const { stdout } = await cli('template', '--type', 'insurance', '--budget', '70000', '--unit', '元', '--format', 'json');
    const out = JSON.parse(stdout) as TemplateOutput;
    expect([out.type, out.confidence, out.alternatives]).toEqual(['insurance', 1, []]);
    expect(out.rows.find((r) => r.level2 === '成本指标')!.value).toBe('≤70000元');
  });

  test('text output: the match, then tab-separated rows to paste into Excel', async () => {
    const { stdout } = await cli('template', '政法委安保维稳经费', '--budget', '55');
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^项目类型：维稳（stability）/);
    expect(lines).toContain('一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据');
    expect(lines.filter((l) => l.split('\t').length === 6)).toHaveLength(builtinLibrary().templates.find((t) => t.id === 'stability')!.rows.length + 1);
    expect(stdout).toContain('≤55万元');
  });

  test('--usage helps recognition', async () => {
    const { stdout } = await cli('template', '专项经费', '--usage', '开展防范邪教宣传教育', '--format', 'json');
    expect(JSON.parse(stdout).type).toBe('anti-cult');
  });

  test.each([
    [['template'], /项目名称或 --type/],
    [['template', '维稳经费', '--budget', 'abc'], /预算数不是有效金额/],
    [['template', '维稳经费', '--unit', '美元'], /金额单位/],
    [['template', '--type', 'nope'], /未知的项目类型/],
  ])('bad usage %j is a clear UsageError', async (argv, message) => {
    const { error, stdout } = await cli(...argv);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect(stdout).toBe('');
  });
});

describe('goaltable templates', () => {
  test('lists every type', async () => {
    const { stdout } = await cli('templates');
    const ids = stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    expect(ids).toEqual(builtinLibrary().templates.map((t) => t.id));
    const json = JSON.parse((await cli('templates', '--format', 'json')).stdout);
    expect(json.templates[0]).toMatchObject({ type: 'major-cases', name: '大要案' });
  });

  test('--export writes a 指标模板 sheet that reads back as the library, and refuses to overwrite', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'lib.xlsx');
      const first = await cli('templates', '--export', file);
      expect(first.error).toBeUndefined();
      expect(first.stdout).toContain('已导出 21 个项目类型');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const [grid] = workbookToGrids(file, workbook);
      expect(grid.sheetName).toBe('指标模板');
      const back = libraryFromGrid(grid);
      expect(back.problems).toEqual([]);
      expect(back.templates.map((t) => t.rows)).toEqual(builtinLibrary().templates.map((t) => t.rows));

      const again = await cli('templates', '--export', file);
      expect(again.error).toBeInstanceOf(UsageError);
      expect((await cli('templates', '--export', file, '--force')).error).toBeUndefined();
    } finally {
      cleanup();
    }
  });

  test('--library: an organisation workbook overrides a built-in template', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'own.xlsx');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('指标模板');
      sheet.addRow(['项目类型', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
      sheet.addRow(['见义勇为', '产出指标', '数量指标', '慰问人数', '慰问见义勇为人员人数', '≥12人', '县工作方案']);
      sheet.addRow(['', '', '成本指标', '慰问成本', '支出总额', '≤{budget}{unit}', '年度预算']);
      await workbook.xlsx.writeFile(file);
      const { stdout, error } = await cli('template', '见义勇为基金', '--budget', '6', '--library', file, '--format', 'json');
      expect(error).toBeUndefined();
      const out = JSON.parse(stdout) as TemplateOutput;
      expect(out.type).toBe('bravery-award');
      expect(out.rows.map((r) => r.level3)).toEqual(['慰问人数', '慰问成本']);
      expect(out.rows[1].value).toBe('≤6万元');

      const missing = await cli('template', '维稳', '--library', path.join(dir, 'missing.xlsx'));
      expect((missing.error as Error).message).toMatch(/文件不存在/);
      const other = path.join(dir, 'other.xlsx');
      const plain = new ExcelJS.Workbook();
      plain.addWorksheet('Sheet1').addRow(['x']);
      await plain.xlsx.writeFile(other);
      const noSheet = await cli('template', '维稳', '--library', other);
      expect(noSheet.error).toBeInstanceOf(UsageError);
      expect((noSheet.error as Error).message).toMatch(/没有名为“指标模板”的工作表/);
    } finally {
      cleanup();
    }
  });
});
