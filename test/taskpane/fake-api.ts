/** A small in-memory WorkbookApi for pane tests: records calls, returns scripted results. */
import type { Finding, Severity } from '../../src/core/findings';
import type { Settings } from '../../src/core/settings';
import { AddinError, type ProgressReport, type SheetValidation, type WorkbookApi } from '../../src/office/api';
import type { RuleText } from '../../src/taskpane/report';

export function finding(rule: string, severity: Severity, row: number, col: number, table = 0): Finding {
  const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
  return { rule, severity, at: { row, col }, cell, messageId: 'default', args: { cell }, table };
}

export function sampleValidation(): SheetValidation {
  return {
    sheetName: '临西',
    tables: [
      { index: 0, title: '1.大要案查处工作经费绩效目标表', project: '大要案查处工作经费', range: 'A1:G16', indicators: 6, type: 'major-cases' },
      { index: 1, title: '2.维稳经费绩效目标表', project: '维稳经费', range: 'A18:G33', indicators: 7, type: 'stability' },
    ],
    findings: [
      finding('value/direction', 'warning', 12, 4, 0),
      finding('spend/final-mismatch', 'error', 6, 4, 0),
      finding('value/missing-operator', 'info', 10, 4, 0),
      finding('value/direction', 'error', 28, 4, 1),
    ],
    marked: 3,
  };
}

export interface Call {
  method: keyof WorkbookApi;
  args: unknown[];
}

export class FakeApi implements WorkbookApi {
  calls: Call[] = [];
  settings: Partial<Settings> = {};
  dismissed: string[] = [];
  validation: SheetValidation = sampleValidation();
  /** When set, the next call of this method throws it. */
  failNext: { method: keyof WorkbookApi; error: Error } | null = null;
  progress: ProgressReport[] = [{ fraction: 0.5, stage: 'read' }, { fraction: 1, stage: 'mark' }];
  inserted = 4;
  /** Holds validateActiveSheet until released, to test exclusivity. */
  gate: Promise<void> | null = null;

  private record(method: keyof WorkbookApi, args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failNext?.method === method) {
      const { error } = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  callsOf(method: keyof WorkbookApi): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  async validateActiveSheet(settings: Settings, onProgress?: (p: ProgressReport) => void): Promise<SheetValidation> {
    this.record('validateActiveSheet', [settings]);
    if (this.gate) await this.gate;
    this.progress.forEach((p) => onProgress?.(p));
    return this.validation;
  }
  async clearMarks() {
    this.record('clearMarks', []);
    return { restored: 3 };
  }
  async selectCell(sheetName: string, cell: string) {
    this.record('selectCell', [sheetName, cell]);
  }
  async loadSettings() {
    this.record('loadSettings', []);
    return this.settings;
  }
  async saveSettings(settings: Settings) {
    this.record('saveSettings', [settings]);
    this.settings = settings;
  }
  async loadDismissed() {
    this.record('loadDismissed', []);
    return this.dismissed;
  }
  async saveDismissed(keys: string[]) {
    this.record('saveDismissed', [keys]);
    this.dismissed = keys;
  }
  async exportReportSheet(result: SheetValidation, locale: Settings['locale']) {
    this.record('exportReportSheet', [result, locale]);
  }
  async detectTemplate() {
    this.record('detectTemplate', []);
    const table = this.validation.tables[0];
    return {
      table,
      match: {
        type: 'major-cases',
        name: '大要案',
        confidence: 0.82,
        alternatives: [{ type: 'anti-gang', name: '扫黑除恶', confidence: 0.31 }],
      },
    };
  }
  async insertTemplate(type: string, options: { all: boolean }) {
    this.record('insertTemplate', [type, options]);
    return { inserted: this.inserted };
  }
  async undoInsert() {
    this.record('undoInsert', []);
    return true;
  }
  async createTable(type: string, budget: number, where: 'selection' | 'new-sheet') {
    this.record('createTable', [type, budget, where]);
    return { range: 'A1:G20' };
  }
}

export const protectedError = () => new AddinError('protected', 'sheet is protected');

/** Rule texts that show which finding they render, so tests can see the wiring. */
export const fakeRuleText: RuleText = {
  message: (f, locale) => (locale === 'en' ? `EN ${f.rule} at ${f.cell}` : `${f.rule} 位于 ${f.cell}`),
  docs: (ruleId, locale) =>
    locale === 'en'
      ? { name: `Rule ${ruleId}`, why: `why ${ruleId}`, fix: `fix ${ruleId}` }
      : { name: `规则 ${ruleId}`, why: `原因 ${ruleId}`, fix: `修改 ${ruleId}` },
};
