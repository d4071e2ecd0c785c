/**
 * `goaltable template "<项目名称>" [--usage 文本] [--budget N] [--unit 万元] [--type id] [--library lib.xlsx] [--format text|json]`
 *   prints the recognised project type and its indicator rows;
 * `goaltable templates [--export lib.xlsx] [--force] [--format text|json]` lists the library or exports it as an
 *   .xlsx with a `指标模板` sheet (which an organisation can edit and keep in its workbooks).
 */
import { access } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { MoneyUnit } from '../core/model';
import { moneyUnitOf } from '../core/parse/labels';
import {
  builtinLibrary,
  LIBRARY_SHEET_NAME,
  libraryToGrid,
  matchTemplate,
  organisationLibrary,
  renderTemplate,
  templateOf,
  TemplateError,
  type TemplateLibrary,
  type TemplateMatch,
  type TemplateRow,
} from '../core/templates';
import { UnreadableFileError, UsageError } from './errors';
import type { CliContext } from './io';
import { readWorkbook } from './xlsx';

const MONEY_UNITS: readonly MoneyUnit[] = ['元', '千元', '万元', '亿元'];
const COLUMNS = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];

export interface TemplateOptions {
  type?: string;
  usage?: string;
  budget?: string;
  unit?: string;
  library?: string;
  format: 'text' | 'json';
}

export interface TemplatesOptions {
  export?: string;
  force?: boolean;
  library?: string;
  format: 'text' | 'json';
}

export interface TemplateOutput extends TemplateMatch {
  rows: TemplateRow[];
}

export function registerTemplateCommands(program: Command, context: CliContext): void {
  program
    .command('template')
    .description('识别项目类型并给出一套标准绩效指标 (recognise the project type and print its indicator template)')
    .argument('[name]', '项目名称 (project name)')
    .option('--type <id>', '直接指定项目类型 (a type id or its Chinese name, instead of recognising it)')
    .option('--usage <text>', '资金用途，帮助识别项目类型 (usage text, helps recognition)')
    .option('--budget <amount>', '预算数，代入成本指标 (budget, substituted into the cost indicator)')
    .addOption(new Option('--unit <unit>', '金额单位 (money unit)').default('万元'))
    .option('--library <file.xlsx>', '含“指标模板”工作表的单位模板库 (an organisation library workbook)')
    .addOption(new Option('--format <format>', '输出格式 (output format)').choices(['text', 'json']).default('text'))
    .action(async (name: string | undefined, options: TemplateOptions) => {
      const output = await runTemplate(name, options, context);
      context.io.stdout(options.format === 'json' ? `${JSON.stringify(output, null, 2)}\n` : formatTemplateText(output));
    });

  program
    .command('templates')
    .description('列出模板库，或导出为含“指标模板”工作表的 .xlsx (list the template library or export it)')
    .option('--export <file.xlsx>', '导出模板库 (export the library to an .xlsx file)')
    .option('--force', '覆盖已存在的导出文件 (overwrite an existing export file)')
    .option('--library <file.xlsx>', '含“指标模板”工作表的单位模板库 (an organisation library workbook)')
    .addOption(new Option('--format <format>', '输出格式 (output format)').choices(['text', 'json']).default('text'))
    .action(async (options: TemplatesOptions) => runTemplates(options, context));
}

export async function runTemplate(
  name: string | undefined,
  options: TemplateOptions,
  context: CliContext,
): Promise<TemplateOutput> {
  if (!name?.trim() && !options.type) throw new UsageError('请给出项目名称或 --type (give a project name or --type)');
  const library = await loadLibrary(options.library, context);
  const budget = options.budget === undefined ? undefined : parseBudget(options.budget);
  const unit = parseUnit(options.unit ?? '万元');
  const match = options.type ? chosenType(options.type, library) : matchTemplate(name!, options.usage ?? '', library);
  return { ...match, rows: renderTemplate(match.type, { budget, unit }, library) };
}

function chosenType(type: string, library: TemplateLibrary): TemplateMatch {
  try {
    const template = templateOf(type, library);
    return { type: template.id, name: template.name, confidence: 1, alternatives: [] };
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
}

export function parseBudget(text: string): number {
  const cleaned = text.trim().replace(/,/g, '').replace(/万元?$/, '');
  const budget = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(budget) || budget < 0) {
    throw new UsageError(`预算数不是有效金额：${text} (not a budget amount)`);
  }
  return budget;
}

function parseUnit(text: string): MoneyUnit {
  const unit = moneyUnitOf(text);
  if (!unit) {
    throw new UsageError(`金额单位应为 ${MONEY_UNITS.join('、')} 之一：${text} (unknown money unit)`);
  }
  return unit;
}

/** The built-in library, extended by the `指标模板` sheet of `file` when given. */
async function loadLibrary(file: string | undefined, context: CliContext): Promise<TemplateLibrary> {
  if (!file) return builtinLibrary();
  let grids: Grid[];
  try {
    grids = (await readWorkbook(file)).grids;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
  const sheet = grids.find((g) => g.sheetName.trim() === LIBRARY_SHEET_NAME);
  if (!sheet) throw new UsageError(`${file}：没有名为“${LIBRARY_SHEET_NAME}”的工作表 (no ${LIBRARY_SHEET_NAME} sheet)`);
  const library = organisationLibrary(sheet);
  for (const problem of library.problems) context.io.stderr(`goaltable: ${file}: ${problem}\n`);
  return library;
}

export function formatTemplateText(output: TemplateOutput): string {
  const lines = [`项目类型：${output.name}（${output.type}）  置信度 ${output.confidence.toFixed(2)}`];
  if (output.alternatives.length) {
    const others = output.alternatives.map((a) => `${a.name}（${a.type}）${a.confidence.toFixed(2)}`);
    lines.push(`其他可能：${others.join('；')}`);
  }
  lines.push('', COLUMNS.join('\t'));
  for (const row of output.rows) {
    lines.push([row.level1, row.level2, row.level3, row.description, row.value, row.basis].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

export async function runTemplates(options: TemplatesOptions, context: CliContext): Promise<void> {
  const library = await loadLibrary(options.library, context);
  if (options.export) {
    await exportLibrary(library, options.export, Boolean(options.force));
    context.io.stdout(`已导出 ${library.templates.length} 个项目类型的模板到 ${options.export}（工作表“${LIBRARY_SHEET_NAME}”）\n`);
    return;
  }
  const list = library.templates.map((t) => ({ type: t.id, name: t.name, indicators: t.rows.length, keywords: t.keywords }));
  if (options.format === 'json') {
    context.io.stdout(`${JSON.stringify({ templates: list }, null, 2)}\n`);
    return;
  }
  const lines = list.map((t) => `${t.type}\t${t.name}\t${t.indicators} 个指标\t${t.keywords.join('、')}`);
  context.io.stdout(`${lines.join('\n')}\n`);
}

async function exportLibrary(library: TemplateLibrary, file: string, force: boolean): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`导出文件应以 .xlsx 结尾：${file} (export to an .xlsx file)`);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && !force) throw new UsageError(`${file} 已存在；如要覆盖请加 --force (file exists; use --force)`);
  const workbook = new ExcelJS.Workbook();
  writeGridSheet(workbook, libraryToGrid(library));
  try {
    await workbook.xlsx.writeFile(file);
  } catch (error) {
    throw new UsageError(`无法写入 ${file}：${(error as Error).message} (cannot write the export file)`);
  }
}

/** Writes a text grid as a worksheet: bold frozen header, wrapped text, readable column widths. */
function writeGridSheet(workbook: ExcelJS.Workbook, grid: Grid): void {
  const sheet = workbook.addWorksheet(grid.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = [16, 12, 20, 24, 36, 16, 30, 30];
  sheet.columns = widths.map((width) => ({ width }));
  for (let r = 0; r < grid.rowCount; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < grid.colCount; c++) {
      const text = grid.text(r, c);
      if (!text) continue;
      const cell = row.getCell(c + 1);
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: 'middle' };
      if (r === 0) cell.font = { bold: true };
    }
  }
}
