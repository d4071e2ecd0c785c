/**
 * The short summary the ribbon command shows. Excel has no notification API for ExecuteFunction commands
 * on 2016/2019 (Office.NotificationMessages is Outlook-only), so the command selects the first error cell
 * — visible on every version — and, where the Dialog API exists (DialogApi 1.1: Excel 2016 and later),
 * opens commands.html itself as a small dialog with the counts passed in the query string.
 */
import type { SheetValidation } from '../office/api';

export interface Summary {
  sheet: string;
  tables: number;
  errors: number;
  warnings: number;
  /** First error (or warning) cell, selected by the command. */
  first?: string;
  /** Error text instead of counts (protected sheet, no goal table …). */
  problem?: string;
}

export function summaryOf(result: SheetValidation): Summary {
  const errors = result.findings.filter((f) => f.severity === 'error');
  const warnings = result.findings.filter((f) => f.severity === 'warning');
  return {
    sheet: result.sheetName,
    tables: result.tables.length,
    errors: errors.length,
    warnings: warnings.length,
    first: (errors[0] ?? warnings[0])?.cell,
  };
}

export function summaryText(s: Summary): string {
  if (s.problem) return s.problem;
  if (s.errors === 0 && s.warnings === 0) return `“${s.sheet}”：${s.tables} 张绩效目标表，未发现错误或警告。`;
  return `“${s.sheet}”：${s.tables} 张绩效目标表，${s.errors} 个错误，${s.warnings} 个警告，已在单元格上标记${s.first ? `，已选中第一处（${s.first}）` : ''}。打开助手可查看原因与修改建议。`;
}

export function encodeSummary(s: Summary): string {
  return encodeURIComponent(JSON.stringify(s));
}

export function decodeSummary(query: string): Summary | null {
  const m = /[?&]summary=([^&]*)/.exec(query);
  if (!m) return null;
  try {
    return JSON.parse(decodeURIComponent(m[1])) as Summary;
  } catch {
    return null;
  }
}
