/**
 * Reads the active sheet into a core Grid, with everything validation and marking need to decide before
 * writing (sheet identity, protection, goaltable's stored state, goaltable's own conditional formats), in
 * ONE context.sync().
 *
 * Size: Excel on the web caps a response at 5 MB and every platform caps a range read at five million cells
 * (learn.microsoft.com, Excel performance.md). The single read is tried first; only when Excel refuses it as
 * too big is the sheet re-read in row chunks of about CHUNK_CELLS cells (values + text + number format cost
 * ~50 bytes a cell, so a chunk stays well under 5 MB), reporting progress.
 */
import { Grid, type Cell, type Merge } from '../core/grid';
import { AddinError, type ProgressReport } from './api';
import { parseRange } from './ranges';
import type { Features } from './requirements';
import type { SettingKey, SettingsStore } from './settings';
import { isGoaltableFormula } from './marks';

/** Cells per chunked read (~4 MB at ~50 bytes a cell). */
export const CHUNK_CELLS = 80_000;
/** Beyond this the add-in refuses the sheet (AddinError 'too-large') rather than read for minutes. */
export const MAX_CELLS = 2_000_000;
/**
 * getMergedAreasOrNullObject fails beyond 512 areas (Range docs), and only reports areas whose top-left cell
 * is inside the range (office-js#3611): merges are asked per band of whole rows, so a 27-table sheet
 * (~650 merged areas) is read without hitting the limit, still in the same sync.
 */
export const MERGE_BAND_ROWS = 64;
export const MERGE_SINGLE_SYNC_ROWS = 8192;

const ERROR_VALUE = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

export interface SheetRead {
  sheetId: string;
  sheetName: string;
  grid: Grid;
  /** null where the host cannot tell (ExcelApi < 1.2). */
  protected: boolean | null;
  stored: Record<string, unknown>;
  /** goaltable's conditional formats on the sheet (ExcelApi 1.6), to delete in the write batch. */
  ourFormats: Excel.ConditionalFormat[];
  /** Conditional formats on the sheet that are not goaltable's. */
  userFormatCount: number;
}

export interface ReadOptions {
  features: Features;
  store: SettingsStore;
  keys: SettingKey[];
  onProgress?: (p: ProgressReport) => void;
  /** Overrides MAX_CELLS / CHUNK_CELLS (tests). */
  maxCells?: number;
  chunkCells?: number;
}

type Matrix = Array<Array<string | number | boolean>>;

export async function readActiveSheet(context: Excel.RequestContext, options: ReadOptions): Promise<SheetRead> {
  const { features } = options;
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('id,name');
  const protection = features.protection ? sheet.protection.load('protected') : null;
  const stored = options.store.queueRead(context, options.keys);
  const formats = features.conditionalFormats ? queueFormats(sheet) : null;
  const used = usedRange(sheet, features);
  const merges = features.mergedAreas ? queueMergeBands(sheet, 0, MERGE_SINGLE_SYNC_ROWS) : [];
  used.load('address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat');
  options.onProgress?.({ fraction: 0, stage: 'read' });
  let grid: Grid;
  try {
    await context.sync();
    grid = used.isNullObject ? new Grid(sheet.name) : gridOf(sheet.name, used.rowIndex, used.columnIndex, used.values, used.text, used.numberFormat);
    if (!used.isNullObject) await addMerges(context, sheet, grid, merges, used.rowIndex + used.rowCount, features);
  } catch (error) {
    if (!isTooBig(error)) throw error;
    grid = await readInChunks(context, sheet, options);
  }
  options.onProgress?.({ fraction: 1, stage: 'read' });
  const ours = formats ? formats.items.filter(isOurs) : [];
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    grid,
    protected: protection ? protection.protected : null,
    stored: stored(),
    ourFormats: ours,
    userFormatCount: formats ? formats.items.length - ours.length : 0,
  };
}

function usedRange(sheet: Excel.Worksheet, features: Features): Excel.Range {
  // valuesOnly (1.2) keeps format-only cells (a styled empty grid) out of the read.
  if (features.nullObjects) return sheet.getUsedRangeOrNullObject(true);
  const range = features.protection ? sheet.getUsedRange(true) : sheet.getUsedRange();
  // Before 1.4 there are no NullObjects: `isNullObject` reads false once loaded.
  return range;
}

export function queueFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
}

export function isOurs(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && isGoaltableFormula(custom.rule.formula);
}

function queueMergeBands(sheet: Excel.Worksheet, fromRow: number, toRow: number): Array<{ top: number; areas: Excel.RangeAreas }> {
  const bands: Array<{ top: number; areas: Excel.RangeAreas }> = [];
  for (let top = fromRow; top < toRow; top += MERGE_BAND_ROWS) {
    const bottom = Math.min(top + MERGE_BAND_ROWS, toRow);
    bands.push({ top, areas: sheet.getRange(`${top + 1}:${bottom}`).getMergedAreasOrNullObject().load('address') });
  }
  return bands;
}

/** Adds the merges read in the first sync; rows past the banded region cost one more sync (huge sheets only). */
async function addMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  grid: Grid,
  bands: Array<{ top: number; areas: Excel.RangeAreas }>,
  usedBottom: number,
  features: Features,
): Promise<void> {
  if (!features.mergedAreas) return;
  let all = bands;
  if (usedBottom > MERGE_SINGLE_SYNC_ROWS) {
    const more = queueMergeBands(sheet, MERGE_SINGLE_SYNC_ROWS, usedBottom);
    await context.sync();
    all = bands.concat(more);
  }
  for (const band of all) if (!band.areas.isNullObject) for (const m of mergesOf(band.areas.address)) grid.addMerge(m);
}

export function mergesOf(address: string): Merge[] {
  return address
    .split(',')
    .map((a) => parseRange(a))
    .filter((r) => r.bottom > r.top || r.right > r.left)
    .map((r) => ({ row: r.top, col: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 }));
}

export function gridOf(name: string, top: number, left: number, values: Matrix, text: string[][], formats: string[][], grid = new Grid(name)): Grid {
  values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const cell: Cell = { value, text: String(text[r]?.[c] ?? value), numberFormat: formats[r]?.[c] ?? 'General' };
      if (typeof value === 'string' && ERROR_VALUE.test(value)) cell.error = value;
      grid.set(top + r, left + c, cell);
    }),
  );
  return grid;
}

function isTooBig(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

async function readInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, options: ReadOptions): Promise<Grid> {
  const used = usedRange(sheet, options.features).load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  const cells = used.rowCount * used.columnCount;
  const max = options.maxCells ?? MAX_CELLS;
  if (cells > max) {
    throw new AddinError('too-large', `工作表过大（${used.rowCount} 行 × ${used.columnCount} 列），超出一次校验可处理的范围（${max} 个单元格）。`);
  }
  const grid = new Grid(sheet.name);
  const rowsPerChunk = Math.max(1, Math.floor((options.chunkCells ?? CHUNK_CELLS) / used.columnCount));
  for (let offset = 0; offset < used.rowCount; offset += rowsPerChunk) {
    const rows = Math.min(rowsPerChunk, used.rowCount - offset);
    const chunk = used.getCell(offset, 0).getResizedRange(rows - 1, used.columnCount - 1).load('values,text,numberFormat');
    const top = used.rowIndex + offset;
    const merges = options.features.mergedAreas ? queueMergeBands(sheet, top, top + rows) : [];
    await context.sync();
    gridOf(sheet.name, top, used.columnIndex, chunk.values, chunk.text, chunk.numberFormat, grid);
    for (const band of merges) if (!band.areas.isNullObject) for (const m of mergesOf(band.areas.address)) grid.addMerge(m);
    options.onProgress?.({ fraction: (offset + rows) / used.rowCount, stage: 'read' });
  }
  return grid;
}
