/**
 * The `校验报告` sheet: one row per finding with a HYPERLINK to its cell. An existing report sheet is
 * replaced (deleted and re-added in the same batch). Two syncs: list the sheets, then write.
 */
import type { Finding } from '../core/findings';
import type { Locale } from '../core/settings';
import type { SheetValidation } from './api';
import type { ExcelRun } from './host';
import { toA1 } from '../core/grid';
import { sheetRef } from './ranges';

export const REPORT_SHEET = '校验报告';

export type MessageFormatter = (finding: Finding, locale: Locale) => string;

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['序号', '表', '项目', '单元格', '严重程度', '规则', '说明'],
  en: ['#', 'Table', 'Project', 'Cell', 'Severity', 'Rule', 'Message'],
};

const SEVERITY: Record<Locale, Record<Finding['severity'], string>> = {
  'zh-CN': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Which report columns hold plain text: 项目, 级别, 规则, 说明 (not №, 表, or the link). */
const TEXT_COLUMNS = [false, false, true, false, true, true, true];

/** A formula string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function reportRows(result: SheetValidation, locale: Locale, format: MessageFormatter): Array<Array<string | number>> {
  const project = new Map(result.tables.map((t) => [t.index, t.project || t.title]));
  const rows: Array<Array<string | number>> = [HEADERS[locale]];
  result.findings.forEach((f, i) => {
    const link = `=HYPERLINK(${literal(`#${sheetRef(result.sheetName)}!${f.cell}`)},${literal(f.cell)})`;
    rows.push([i + 1, f.table + 1, project.get(f.table) ?? '', link, SEVERITY[locale][f.severity], f.rule, format(f, locale)]);
  });
  return rows;
}

export async function writeReportSheet(run: ExcelRun, result: SheetValidation, locale: Locale, format: MessageFormatter): Promise<void> {
  const rows = reportRows(result, locale, format);
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const existing = sheets.items.find((s) => s.name === REPORT_SHEET);
    if (existing) existing.delete();
    const sheet = context.workbook.worksheets.add(REPORT_SHEET);
    // Addresses rather than getResizedRange (ExcelApi 1.2): this runs on Excel 2016 too.
    const range = sheet.getRange(`A1:${toA1(rows.length - 1, rows[0].length - 1)}`);
    // Text columns as Text (@) so that a project name or message starting with = + - is never taken for a formula;
    // the numbers and the HYPERLINK column stay General.
    range.numberFormat = rows.map(() => TEXT_COLUMNS.map((text) => (text ? '@' : 'General')));
    range.formulas = rows;
    sheet.getRange(`A1:${toA1(0, rows[0].length - 1)}`).format.font.bold = true;
    sheet.activate();
    await context.sync();
  });
}
