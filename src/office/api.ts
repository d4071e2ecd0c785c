/**
 * What the task pane and the ribbon command can ask of the workbook. Implemented in src/office over
 * Office.js (real Excel, or the in-memory host in tests and the playground); the pane only sees this.
 */
import type { Finding } from '../core/findings';
import type { Settings } from '../core/settings';

export interface TableSummary {
  index: number;
  title: string;
  project: string;
  /** A1 range of the table, e.g. `A1:G16`. */
  range: string;
  indicators: number;
  /** Template type id detected for the project (SPEC 3), or null. */
  type: string | null;
}

export interface SheetValidation {
  sheetName: string;
  tables: TableSummary[];
  findings: Finding[];
  /** Cells marked on the sheet (errors and warnings not dismissed). */
  marked: number;
}

/** Stable key of a finding, for dismissals remembered in the workbook: `sheet!cell!rule`. */
export type FindingKey = string;

export type AddinErrorCode =
  | 'protected' // the sheet is protected: nothing written
  | 'no-tables' // no goal table on the active sheet
  | 'too-large' // the sheet is over the size the add-in handles
  | 'unsupported' // the host lacks a required API
  | 'busy' // another operation is running
  | 'failed'; // anything else (message carries Office's own text)

export class AddinError extends Error {
  constructor(readonly code: AddinErrorCode, message: string = code) {
    super(message);
    this.name = 'AddinError';
  }
}

export interface ProgressReport {
  /** 0..1 */
  fraction: number;
  stage: 'read' | 'validate' | 'mark' | 'clear';
}

export interface TemplateMatchSummary {
  type: string;
  name: string;
  confidence: number;
  alternatives: Array<{ type: string; name: string; confidence: number }>;
}

export interface WorkbookApi {
  validateActiveSheet(settings: Settings, onProgress?: (p: ProgressReport) => void): Promise<SheetValidation>;
  /** Removes every mark goaltable made on the active sheet, restoring each cell exactly. */
  clearMarks(): Promise<{ restored: number }>;
  selectCell(sheetName: string, cell: string): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Settings): Promise<void>;
  loadDismissed(): Promise<FindingKey[]>;
  saveDismissed(keys: FindingKey[]): Promise<void>;
  /** Writes (or replaces) a `校验报告` sheet with a row per finding and a link to its cell. */
  exportReportSheet(result: SheetValidation, locale: Settings['locale']): Promise<void>;
  /** Template type detected for the table under the selection (or the first table on the sheet). */
  detectTemplate(): Promise<{ table: TableSummary; match: TemplateMatchSummary } | null>;
  /** Inserts template rows into the table under the selection; only missing 二级 categories unless `all`. */
  insertTemplate(type: string, options: { all: boolean }): Promise<{ inserted: number }>;
  /** Undoes the last insertion made from the pane, restoring the sheet exactly. */
  undoInsert(): Promise<boolean>;
  /** Creates a whole form-layout table for a type and budget at the selection or on a new sheet. */
  createTable(type: string, budget: number, where: 'selection' | 'new-sheet'): Promise<{ range: string }>;
}
