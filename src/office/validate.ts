/**
 * Validate + mark the active sheet, and clear the marks: one read sync, one write sync each.
 * Every check (size, protection, goal tables, host support) happens between the two, before anything is
 * written; the write batch replaces old marks (removal queued before the new marks), never stacks them.
 */
import { projectName } from '../core/project';
import type { Finding } from '../core/findings';
import type { GoalTable } from '../core/model';
import type { Settings } from '../core/settings';
import { rangeToA1, type Grid } from '../core/grid';
import { AddinError, type FindingKey, type ProgressReport, type SheetValidation, type TableSummary } from './api';
import type { OfficeHost } from './host';
import {
  cellsToMark,
  ledgerOf,
  queueFillMarks,
  queueFillRestore,
  queueFormatMarks,
  queueFormatRemoval,
  type MarkLedger,
  type SheetMarks,
} from './marks';
import { queueSheetState, readActiveSheet, type SheetRead } from './read';
import { detectFeatures, type Features } from './requirements';
import { documentSettingsStore, KEYS, refreshDocumentSettings, workbookSettingsStore, type SettingsStore } from './settings';

type SheetState = Omit<SheetRead, 'grid'>;

export type ValidateFn = (grid: Grid, settings: Settings) => { tables: GoalTable[]; findings: Finding[] };
export type ClassifyFn = (table: GoalTable) => string | null;

export function findingKey(sheetName: string, f: Pick<Finding, 'cell' | 'rule'>): FindingKey {
  return `${sheetName}!${f.cell}!${f.rule}`;
}

export function storeFor(host: OfficeHost, features: Features): SettingsStore {
  if (features.workbookSettings) return workbookSettingsStore();
  if (!host.documentSettings) throw new AddinError('unsupported', '此版本的 Excel 不支持在工作簿中保存加载项数据。');
  return documentSettingsStore(host.documentSettings);
}

/** The settings store of this host, refreshed when it is a snapshot (document settings). */
export function prepareStoreFor(host: OfficeHost): Promise<SettingsStore> {
  return prepareStore(host, detectFeatures(host.requirements));
}

async function prepareStore(host: OfficeHost, features: Features): Promise<SettingsStore> {
  const store = storeFor(host, features);
  if (!store.batched && host.documentSettings) await refreshDocumentSettings(host.documentSettings);
  return store;
}

export function summarise(tables: readonly GoalTable[], classify: ClassifyFn): TableSummary[] {
  return tables.map((t) => ({
    index: t.index,
    title: t.header.title.text,
    project: projectName(t),
    range: rangeToA1(t.range),
    indicators: t.indicators.length,
    type: classify(t),
  }));
}

/** Office errors → the pane's error codes. */
export function toAddinError(error: unknown): AddinError {
  if (error instanceof AddinError) return error;
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'AccessDenied') return new AddinError('protected', '工作表受保护，未做任何修改。请先撤销工作表保护。');
  if (code === 'ApiNotFound') return new AddinError('unsupported', '此版本的 Excel 不支持所需的功能。');
  if (code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit') return new AddinError('too-large', message);
  return new AddinError('failed', message);
}

function assertWritable(read: SheetState): void {
  if (read.protected) throw new AddinError('protected', `工作表“${read.sheetName}”受保护，未做任何修改。请先撤销工作表保护。`);
}

export interface ValidateDeps {
  validate: ValidateFn;
  classify: ClassifyFn;
}

export async function validateAndMark(
  host: OfficeHost,
  deps: ValidateDeps,
  settings: Settings,
  onProgress?: (p: ProgressReport) => void,
): Promise<SheetValidation> {
  const features = detectFeatures(host.requirements);
  const store = await prepareStore(host, features);
  let ledgerToSave: MarkLedger | null = null;
  const result = await host.run(async (context) => {
    const read = await readActiveSheet(context, { features, store, keys: [KEYS.dismissed, KEYS.marks], onProgress });
    onProgress?.({ fraction: 0, stage: 'validate' });
    const { tables, findings } = deps.validate(read.grid, settings);
    if (tables.length === 0) throw new AddinError('no-tables', `工作表“${read.sheetName}”中没有找到绩效目标表。`);
    assertWritable(read);
    const ledger = ledgerOf(read.stored[KEYS.marks]);
    const previous = ledger.sheets[read.sheetId];
    assertCanRemove(previous, features);
    const dismissed = new Set((read.stored[KEYS.dismissed] as FindingKey[] | undefined) ?? []);
    const cells = cellsToMark(findings, (f) => dismissed.has(findingKey(read.sheetName, f)));
    onProgress?.({ fraction: 0, stage: 'mark' });

    const sheet = context.workbook.worksheets.getItem(read.sheetId);
    queueFormatRemoval(read.ourFormats);
    queueFillRestore(sheet, previous);
    let marks: SheetMarks;
    let complete: () => void = () => undefined;
    if (features.conditionalFormats) {
      queueFormatMarks(sheet, cells, features.rangeAreas);
      marks = { sheetName: read.sheetName, mode: 'format', cells: Object.fromEntries([...cells].map(([a, c]) => [a, { severity: c.severity }])) };
    } else {
      const originals = queueFillMarks(sheet, cells);
      marks = { sheetName: read.sheetName, mode: 'fill', cells: {} };
      complete = () => (marks.cells = originals());
    }
    const next: MarkLedger = { version: 1, sheets: { ...ledger.sheets, [read.sheetId]: marks } };
    if (cells.size === 0) delete next.sheets[read.sheetId];
    // With workbook settings the ledger is written in the same sync as the marks it describes.
    if (store.batched && marks.mode === 'format') store.queueWrite(context, KEYS.marks, next);
    await context.sync();
    complete();
    if (!(store.batched && marks.mode === 'format')) ledgerToSave = next;
    onProgress?.({ fraction: 1, stage: 'mark' });
    return { sheetName: read.sheetName, tables: summarise(tables, deps.classify), findings, marked: cells.size };
  });
  if (ledgerToSave) await saveLedger(host, store, ledgerToSave);
  return result;
}

/** Fill-mode ledgers (ExcelApi < 1.6, or 1.4–1.5) are complete only after the write sync. */
async function saveLedger(host: OfficeHost, store: SettingsStore, ledger: MarkLedger): Promise<void> {
  if (store.batched) {
    await host.run(async (context) => {
      store.queueWrite(context, KEYS.marks, ledger);
      await context.sync();
    });
  } else {
    await host.run(async (context) => store.queueWrite(context, KEYS.marks, ledger));
    await store.flush();
  }
}

/** Marks left by a newer Excel (conditional formats) cannot be removed by an older one: say so, write nothing. */
function assertCanRemove(previous: SheetMarks | undefined, features: Features): void {
  if (previous?.mode === 'format' && !features.conditionalFormats) {
    throw new AddinError('unsupported', '此工作表的标记由较新版本的 Excel 添加，请在该版本中清除。');
  }
}

export async function clearMarks(host: OfficeHost): Promise<{ restored: number }> {
  const features = detectFeatures(host.requirements);
  const store = await prepareStore(host, features);
  let ledgerToSave: MarkLedger | null = null;
  const restored = await host.run(async (context) => {
    const read = await readSheetState(context, features, store);
    const ledger = ledgerOf(read.stored[KEYS.marks]);
    const previous = ledger.sheets[read.sheetId];
    if (!previous && read.ourFormats.length === 0) return 0;
    assertWritable(read);
    assertCanRemove(previous, features);
    const sheet = context.workbook.worksheets.getItem(read.sheetId);
    queueFormatRemoval(read.ourFormats);
    const fills = queueFillRestore(sheet, previous);
    const next: MarkLedger = { version: 1, sheets: { ...ledger.sheets } };
    delete next.sheets[read.sheetId];
    if (store.batched) store.queueWrite(context, KEYS.marks, next);
    else ledgerToSave = next;
    await context.sync();
    return previous ? Object.keys(previous.cells).length : fills;
  });
  if (ledgerToSave) await saveLedger(host, store, ledgerToSave);
  return { restored };
}

/** The read half of clear: no cell values needed. */
async function readSheetState(context: Excel.RequestContext, features: Features, store: SettingsStore): Promise<SheetState> {
  const state = queueSheetState(context, context.workbook.worksheets.getActiveWorksheet(), features, store, [KEYS.marks]);
  await context.sync();
  return state();
}
