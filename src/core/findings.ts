/**
 * Findings and rules. A finding is data — rule id, severity, cell, message id and arguments — never a
 * formatted string: messages are rendered by `i18n` at the edge (CLI, pane, annotated copy).
 */
import type { CellRef } from './grid';
import type { GoalTable } from './model';
import type { Settings } from './settings';

export type Severity = 'error' | 'warning' | 'info';

/** Most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type MessageArgs = Record<string, string | number>;

export interface Finding {
  /** Public rule id, e.g. `cost/not-monetary`. */
  rule: string;
  severity: Severity;
  /** The cell it points at (0-based, absolute). */
  at: CellRef;
  /** A1 address of `at`. */
  cell: string;
  /** Message id within the rule, looked up as `<rule>.<messageId>` in the locale dictionaries. */
  messageId: string;
  args: MessageArgs;
  /** Index of the table on its sheet. */
  table: number;
}

export type RuleCategory = 'table' | 'budget' | 'spend' | 'structure' | 'indicator' | 'value' | 'cost' | 'timeliness' | 'goal';

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  category: RuleCategory;
  /** Message ids this rule reports; each has an entry `<id>.<messageId>` in every locale dictionary. */
  messageIds: readonly string[];
  /** Off until the user configures it (spend/pacing). */
  defaultOff?: boolean;
}

export interface Report {
  at: CellRef;
  messageId: string;
  args?: MessageArgs;
}

export interface TableContext {
  settings: Settings;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Checks one table. */
  checkTable?(table: GoalTable, context: TableContext): void;
  /** Checks the whole sheet (cross-table rules); `report` takes the table index. */
  checkSheet?(tables: readonly GoalTable[], context: SheetContext): void;
}

export interface SheetContext {
  settings: Settings;
  report(table: number, report: Report): void;
}
