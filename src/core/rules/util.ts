/** Small helpers shared by the rules: value narrowing, indicator categories, number formatting. */
import type { Indicator, ParsedValue } from '../model';

export type NumberValue = Extract<ParsedValue, { kind: 'number' }>;

/** Tolerance for money and percent comparisons (SPEC: 0.005 in the table unit). */
export const TOLERANCE = 0.005;

export function numberOf(parsed: ParsedValue): NumberValue | null {
  return parsed.kind === 'number' ? parsed : null;
}

/** 成本 indicators carry money: classic 产出/成本, 2021 成本/经济成本 (社会成本, 生态环境成本 need not be money). */
export function isCostIndicator(indicator: Indicator): boolean {
  const l2 = indicator.level2Kind;
  if (l2 === 'cost' || l2 === 'economic-cost') return true;
  return indicator.level1Kind === 'cost' && l2 === null;
}

export function isQuantityIndicator(indicator: Indicator): boolean {
  return indicator.level2Kind === 'quantity';
}

/** True when the row has any of its own cells filled (name, description, value, basis). */
export function hasContent(indicator: Indicator): boolean {
  return Boolean(indicator.name.text || indicator.description.text || indicator.value.text || indicator.basis.text);
}

/** Formats a number for a message: at most 2 decimals, no trailing zeros (16.4, 140.3, 5). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export function operatorText(op: NumberValue['operator']): string {
  return { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' }[op];
}
