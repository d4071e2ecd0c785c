/** Renders check results as text lines or as the JSON document of SPEC §5. */
import type { Finding, Severity } from '../core/findings';
import { rangeToA1 } from '../core/grid';
import type { Locale } from '../core/settings';
import type { SheetResult } from '../core/validate';
import { formatMessage } from '../core/i18n';
import { projectName } from '../core/project';
import { classifyTable } from '../core/templates';

/** One checked file: its sheets, or why it could not be read (an UnreadableFileError, or an internal error). */
export type FileResult =
  | { file: string; sheets: SheetResult[]; error?: undefined }
  | { file: string; error: Error; sheets?: undefined };

export interface JsonTable {
  title: string;
  project: string;
  range: string;
  indicators: number;
  type: string | null;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  cell: string;
  message: string;
  table: number;
}

export interface JsonSheet {
  name: string;
  tables: JsonTable[];
  findings: JsonFinding[];
}

export type JsonFile = { file: string; sheets: JsonSheet[] } | { file: string; error: string };

export interface JsonReport {
  files: JsonFile[];
}

/** Findings in sheet order: top to bottom, left to right, then rule id. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.at.row - b.at.row || a.at.col - b.at.col || a.rule.localeCompare(b.rule));
}

export function toJsonReport(results: readonly FileResult[], locale: Locale): JsonReport {
  return {
    files: results.map((result): JsonFile =>
      result.error
        ? { file: result.file, error: result.error.message }
        : { file: result.file, sheets: result.sheets.map((sheet) => toJsonSheet(sheet, locale)) },
    ),
  };
}

function toJsonSheet(sheet: SheetResult, locale: Locale): JsonSheet {
  return {
    name: sheet.sheetName,
    tables: sheet.tables.map((table) => ({
      title: table.header.title.text,
      project: projectName(table),
      range: rangeToA1(table.range),
      indicators: table.indicators.length,
      type: classifyTable(table),
    })),
    findings: sortedFindings(sheet.findings).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      cell: f.cell,
      message: formatMessage(f, locale),
      table: f.table,
    })),
  };
}

export function formatJson(results: readonly FileResult[], locale: Locale): string {
  return `${JSON.stringify(toJsonReport(results, locale), null, 2)}\n`;
}

/** `file!Sheet!E12 error rule-id message`, one line per finding. */
export function findingLines(results: readonly FileResult[], locale: Locale): string[] {
  const lines: string[] = [];
  for (const result of results) {
    for (const sheet of result.sheets ?? []) {
      for (const f of sortedFindings(sheet.findings)) {
        lines.push(`${result.file}!${sheet.sheetName}!${f.cell} ${f.severity} ${f.rule} ${formatMessage(f, locale)}`);
      }
    }
  }
  return lines;
}

export interface Summary {
  files: number;
  unreadable: number;
  sheets: number;
  tables: number;
  error: number;
  warning: number;
  info: number;
}

export function summarise(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: results.length, unreadable: 0, sheets: 0, tables: 0, error: 0, warning: 0, info: 0 };
  for (const result of results) {
    if (result.error) summary.unreadable++;
    for (const sheet of result.sheets ?? []) {
      summary.sheets++;
      summary.tables += sheet.tables.length;
      for (const f of sheet.findings) summary[f.severity]++;
    }
  }
  return summary;
}

export function summaryLine(s: Summary, locale: Locale): string {
  if (locale === 'en') {
    const unreadable = s.unreadable > 0 ? ` (${s.unreadable} unreadable)` : '';
    return (
      `${plural(s.files, 'file')}${unreadable}, ${plural(s.sheets, 'sheet')}, ${plural(s.tables, 'table')}: ` +
      `${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info`
    );
  }
  const unreadable = s.unreadable > 0 ? `（${s.unreadable} 个无法读取）` : '';
  return (
    `共 ${s.files} 个文件${unreadable}，${s.sheets} 个工作表，${s.tables} 张绩效目标表：` +
    `${s.error} 个错误，${s.warning} 个警告，${s.info} 个提示`
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatText(results: readonly FileResult[], locale: Locale): string {
  const lines = findingLines(results, locale);
  lines.push(summaryLine(summarise(results), locale));
  return `${lines.join('\n')}\n`;
}
