/** Small helpers shared by the rules: value narrowing, indicator categories, number formatting. */
import type { CellRef } from '../grid';
import type { Indicator, ParsedValue } from '../model';
import { TOLERANCE } from '../parse/spend';

export type NumberValue = Extract<ParsedValue, { kind: 'number' }>;

/** Equal within the tolerance. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

/** Above a limit by more than the tolerance. */
export function exceeds(amount: number, limit: number): boolean {
  return amount > limit + TOLERANCE;
}

export function numberOf(parsed: ParsedValue): NumberValue | null {
  return parsed.kind === 'number' ? parsed : null;
}

/** A number that can be money: a money unit, a per-unit money unit, or none (the table unit). */
export function isMoneyValue(parsed: ParsedValue): parsed is NumberValue {
  return parsed.kind === 'number' && (parsed.unitKind === 'money' || parsed.unitKind === 'per-unit-money' || parsed.unitKind === 'none');
}

/** 成本 indicators carry money: classic 产出/成本, 2021 成本/经济成本 (社会成本, 生态环境成本 need not be money). */
export function isCostIndicator(indicator: Indicator): boolean {
  const l2 = indicator.level2Kind;
  if (l2 === 'cost' || l2 === 'economic-cost') return true;
  return indicator.level1Kind === 'cost' && l2 === null;
}

/** Formats a number for a message: at most 2 decimals, no trailing zeros (16.4, 140.3, 5). */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(Number.isFinite(rounded) ? rounded : n); // n × 100 overflows past ±1.8e306
}


/** A number naming a cell, for sets of cells already reported (a merged label is shared by its rows). */
export function cellKey(at: CellRef): number {
  return at.row * 16384 + at.col;
}
