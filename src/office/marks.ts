/**
 * Inline marks: error cells light red, warning cells light amber, info unmarked.
 *
 * How (SPEC §4): where ExcelApi 1.6 exists, a mark is a conditional format whose rule is always true,
 * `=N("goaltable:error")=0` — N() of a text is 0, and the text tags the format as goaltable's so that it
 * can be found again after save/close/reopen without trusting anything else. It sits on top of the cell's
 * own fill instead of replacing it: nothing of the user's is touched, and clearing is deleting our formats.
 * `add` puts a new format "at the first/top priority" (ConditionalFormatCollection.add), so the mark wins
 * over the user's own conditional formats while it exists, and their relative order is unchanged after.
 * With RangeAreas (1.9) one format per severity covers many cells; otherwise one per rectangle of cells.
 *
 * Without 1.6 (Excel 2016): the cells' fills are set directly and the originals kept in the ledger. Excel
 * reads "no fill" as #FFFFFF (office-js#6218; the tintAndShade workaround of office-js#4900 needs 1.9), so
 * an original #FFFFFF is restored as "no fill" — an explicitly white cell comes back without fill, the one
 * inexactness of that path. The originals are read in the write batch itself, just before each cell is
 * painted (operations run in order), so marking still takes one read and one write sync.
 */
import { toA1, type CellRange, type CellRef } from '../core/grid';
import type { Finding } from '../core/findings';
import { addressOf, rectangles } from './ranges';

export type MarkSeverity = 'error' | 'warning';

export const MARK_FILL: Record<MarkSeverity, string> = {
  error: '#FFC7CE', // Excel's "Light Red Fill"
  warning: '#FFEB9C', // Excel's light amber ("Yellow Fill with Dark Yellow Text")
};

/** What Office.js reports for a cell without fill. */
export const NO_FILL = '#FFFFFF';

/** Areas per RangeAreas address: keeps each address string short (a few KB). */
const AREAS_PER_FORMAT = 100;

export function markFormula(severity: MarkSeverity): string {
  return `=N("goaltable:${severity}")=0`;
}

export function isGoaltableFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && /N\(\s*"goaltable:/i.test(formula);
}

export interface LedgerCell {
  severity: MarkSeverity;
  /** Fill mode: the fill before marking; null = no fill. */
  original?: string | null;
}

export interface SheetMarks {
  sheetName: string;
  mode: 'format' | 'fill';
  cells: Record<string, LedgerCell>;
}

/** Persistent record of goaltable's marks, per worksheet id. */
export interface MarkLedger {
  version: 1;
  sheets: Record<string, SheetMarks>;
}

export function ledgerOf(stored: unknown): MarkLedger {
  const l = stored as MarkLedger | undefined;
  return l && l.version === 1 && typeof l.sheets === 'object' ? l : { version: 1, sheets: {} };
}

/** The cells to mark: errors and warnings not dismissed; an error wins over a warning on the same cell. */
export function cellsToMark(findings: readonly Finding[], isDismissed: (f: Finding) => boolean): Map<string, { at: CellRef; severity: MarkSeverity }> {
  const cells = new Map<string, { at: CellRef; severity: MarkSeverity }>();
  for (const f of findings) {
    if (f.severity === 'info' || isDismissed(f)) continue;
    const key = toA1(f.at.row, f.at.col);
    const prev = cells.get(key);
    if (!prev || (prev.severity === 'warning' && f.severity === 'error')) cells.set(key, { at: f.at, severity: f.severity });
  }
  return cells;
}

function bySeverity(cells: Map<string, { at: CellRef; severity: MarkSeverity }>): Record<MarkSeverity, CellRange[]> {
  const groups: Record<MarkSeverity, CellRef[]> = { error: [], warning: [] };
  for (const { at, severity } of cells.values()) groups[severity].push(at);
  return { error: rectangles(groups.error), warning: rectangles(groups.warning) };
}

/** Queues the conditional-format marks. */
export function queueFormatMarks(
  sheet: Excel.Worksheet,
  cells: Map<string, { at: CellRef; severity: MarkSeverity }>,
  rangeAreas: boolean,
): void {
  const groups = bySeverity(cells);
  for (const severity of ['warning', 'error'] as const) {
    const rects = groups[severity];
    if (rangeAreas) {
      for (let i = 0; i < rects.length; i += AREAS_PER_FORMAT) {
        const address = rects.slice(i, i + AREAS_PER_FORMAT).map(addressOf).join(',');
        addFormat(sheet.getRanges(address).conditionalFormats, severity);
      }
    } else {
      for (const rect of rects) addFormat(sheet.getRange(addressOf(rect)).conditionalFormats, severity);
    }
  }
}

function addFormat(collection: Excel.ConditionalFormatCollection, severity: MarkSeverity): void {
  const format = collection.add('Custom' as Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = markFormula(severity);
  format.custom.format.fill.color = MARK_FILL[severity];
}

export function queueFormatRemoval(ours: readonly Excel.ConditionalFormat[]): void {
  for (const format of ours) format.delete();
}

/** Fill mode: puts every ledger cell back as it was. */
export function queueFillRestore(sheet: Excel.Worksheet, marks: SheetMarks | undefined): number {
  if (!marks || marks.mode !== 'fill') return 0;
  let n = 0;
  for (const [address, cell] of Object.entries(marks.cells)) {
    const fill = sheet.getRange(address).format.fill;
    if (cell.original === null || cell.original === undefined || cell.original.toUpperCase() === NO_FILL) fill.clear();
    else fill.color = cell.original;
    n++;
  }
  return n;
}

/**
 * Fill mode: paints the cells, loading each cell's fill first (in the same batch, so after any restore queued
 * before). Returns the ledger entries, complete once the batch has synced.
 */
export function queueFillMarks(
  sheet: Excel.Worksheet,
  cells: Map<string, { at: CellRef; severity: MarkSeverity }>,
): () => Record<string, LedgerCell> {
  const pending: Array<[string, MarkSeverity, Excel.RangeFill]> = [];
  for (const [address, { severity }] of cells) {
    const before = sheet.getRange(address).format.fill.load('color');
    sheet.getRange(address).format.fill.color = MARK_FILL[severity];
    pending.push([address, severity, before]);
  }
  return () =>
    Object.fromEntries(
      pending.map(([address, severity, fill]) => {
        const color = fill.color;
        return [address, { severity, original: !color || color.toUpperCase() === NO_FILL ? null : color }];
      }),
    );
}
