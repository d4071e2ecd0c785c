/**
 * `goaltable check <file.xlsx>… [--format text|json] [--annotate <out.xlsx>] [--config <file>] [--lang zh-CN|en]`
 * Validates every sheet of every file. An unreadable file is reported and the others are still checked.
 */
import { Option, type Command } from 'commander';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { RULE_IDS } from '../core/rules';
import { resolveSettings, type Locale, type Settings } from '../core/settings';
import { LIBRARY_SHEET_NAME } from '../core/templates';
import { validateSheet } from '../core/validate';
import { annotate, checkAnnotateTarget } from './annotate';
import { loadConfig, LOCALES } from './config';
import { UnreadableFileError } from './errors';
import { EXIT, type CliContext } from './io';
import { formatJson, formatText, summarise, type FileResult } from './output';
import { readWorkbook } from './xlsx';

export interface CheckOptions {
  format: 'text' | 'json';
  annotate?: string;
  config?: string;
  lang?: Locale;
}

export function registerCheckCommands(program: Command, context: CliContext): void {
  program
    .command('check')
    .description('校验 .xlsx 工作簿每个工作表中的绩效目标表 (validate the goal tables on every sheet)')
    .argument('<files...>', '.xlsx 文件 (workbooks to check)')
    .addOption(new Option('--format <format>', '输出格式 (output format)').choices(['text', 'json']).default('text'))
    .option('--annotate <out.xlsx>', '写出一份标记了问题单元格的副本，原文件不变 (write a marked copy)')
    .option('--config <file>', 'JSON 设置文件 (settings file, Partial<Settings>)')
    .addOption(new Option('--lang <locale>', '消息语言 (message language)').choices(LOCALES))
    .action(async (files: string[], options: CheckOptions) => runCheck(files, options, context));
}

export async function runCheck(files: string[], options: CheckOptions, context: CliContext): Promise<void> {
  const settings = await settingsFor(options);
  if (options.annotate) await checkAnnotateTarget(options.annotate, files);

  const results: FileResult[] = [];
  // Only the workbook to annotate (there is then a single file) is kept after it has been checked.
  let toAnnotate: ExcelJS.Workbook | undefined;
  for (const file of files) {
    const { result, workbook } = await checkFile(file, settings);
    results.push(result);
    if (options.annotate) toAnnotate = workbook;
    if (result.error) context.io.stderr(`goaltable: ${file}: ${result.error.message}\n`);
  }

  const locale = settings.locale;
  context.io.stdout(options.format === 'json' ? formatJson(results, locale) : formatText(results, locale));
  setExitCode(results, context);

  const checked = results[0];
  if (options.annotate && toAnnotate && checked?.sheets) {
    const marked = await annotate(toAnnotate, checked.sheets, options.annotate, locale);
    const note = annotatedLine(options.annotate, marked, locale);
    // JSON stays machine-readable on stdout: the note goes to stderr.
    if (options.format === 'json') context.io.stderr(note);
    else context.io.stdout(note);
  }
}

async function settingsFor(options: CheckOptions): Promise<Settings> {
  const config = options.config ? await loadConfig(options.config, new Set(RULE_IDS)) : {};
  return resolveSettings({ ...config, locale: options.lang ?? config.locale ?? 'zh-CN' });
}

async function checkFile(
  file: string,
  settings: Settings,
): Promise<{ result: FileResult; workbook?: ExcelJS.Workbook }> {
  try {
    const loaded = await readWorkbook(file);
    const sheets = loaded.grids.filter((grid) => !isLibrarySheet(grid)).map((grid) => validateSheet(grid, settings));
    return { result: { file, sheets }, workbook: loaded.workbook };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { result: { file, error } };
    const message = `校验时出现内部错误 (internal error): ${(error as Error)?.message ?? String(error)}`;
    return { result: { file, error: new Error(message) } };
  }
}

/** An organisation's template library (SPEC §3) is not a goal table: it is not checked. */
function isLibrarySheet(grid: Grid): boolean {
  return grid.sheetName.trim() === LIBRARY_SHEET_NAME;
}

function setExitCode(results: readonly FileResult[], context: CliContext): void {
  const summary = summarise(results);
  if (summary.unreadable > 0) context.setExitCode(EXIT.usage);
  else if (summary.error > 0) context.setExitCode(EXIT.findings);
}

function annotatedLine(output: string, marked: number, locale: Locale): string {
  return locale === 'en'
    ? `Marked copy written to ${output} (${marked} cells marked)\n`
    : `已写出标记副本 ${output}（标记了 ${marked} 个单元格）\n`;
}
