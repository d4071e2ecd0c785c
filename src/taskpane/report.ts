/** Rule texts as the pane needs them, and the CSV report built from a validation result. */
import type { Finding } from '../core/findings';
import type { Locale } from '../core/settings';
import type { SheetValidation } from '../office/api';
import { translator, type UiKey } from './i18n';

export interface RuleDocs {
  name: string;
  why: string;
  fix: string;
}

/** What the pane asks of the rule catalogue's texts (src/core/i18n); injected so components stay testable. */
export interface RuleText {
  message(finding: Finding, locale: Locale): string;
  docs(ruleId: string, locale: Locale): RuleDocs;
}

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['工作表', '表序号', '表标题', '单元格', '严重程度', '规则', '问题', '为什么', '如何修改'],
  en: ['Sheet', 'Table', 'Title', 'Cell', 'Severity', 'Rule', 'Problem', 'Why it matters', 'How to fix'],
};

/**
 * CSV of the findings, one row each, with a UTF-8 BOM so that Excel opens the Chinese text correctly.
 * Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
export function reportCsv(result: SheetValidation, ruleText: RuleText, locale: Locale): string {
  const t = translator(locale);
  const rows = result.findings.map((f) => {
    const table = result.tables.find((tb) => tb.index === f.table);
    const docs = ruleText.docs(f.rule, locale);
    return [
      result.sheetName,
      String(f.table + 1),
      table?.title ?? '',
      f.cell,
      t(`severity_${f.severity}` as UiKey),
      f.rule,
      ruleText.message(f, locale),
      docs.why,
      docs.fix,
    ];
  });
  return '\uFEFF' + [HEADERS[locale], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

