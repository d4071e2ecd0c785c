/**
 * Reads the active sheet into a core Grid, with everything validation and marking need to decide before
 * writing (sheet identity, protection, goaltable's stored state, goaltable's own conditional formats), in
 * ONE context.sync().
 *
 * Size: Excel on the web caps a response at 5 MB and every platform caps a range read at five million cells
 * (learn.microsoft.com, Excel performance.md). The single read is tried first; only when Excel refuses it as
 * too big is the sheet re-read in row chunks of about CHUNK_CELLS cells (values + text + number format cost
 * ~50 bytes a cell, so a chunk stays well under 5 MB), reporting progress. Merged areas are asked in the
 * same sync (see MERGE_BAND_ROWS, MERGE_SINGLE_SYNC_ROWS); a band with more than 512 of them fails the sync,
 * and the sheet is re-read in chunks with finer bands.
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
 * Merged areas (ExcelApi 1.13) are asked in bands of whole rows, because getMergedAreasOrNullObject "will fail
 * to return the result" when a range holds more than 512 merged areas (Range reference, @types/office-js)
 * and only reports areas whose top-left cell is inside the range (office-js#3611). 64 rows leave room for 8
 * areas a row on average; goal tables have fewer than 2 (≤ 74 in any 64 rows of the generated sheets).
 */
export const MERGE_BAND_ROWS = 64;
/**
 * Rows whose merges are asked in the first sync, with the cells: the sheet is not known before it, so the
 * bands cover every sheet that can be read in one response. Beyond 65,536 rows a sheet at least five columns
 * wide (a goal table is wider) is more than 5 MB of values, text and number formats even when empty (16 bytes
 * a cell: `"",` `"",` `"General",`), so Excel on the web needs chunks anyway; only desktop Excel, without
 * that limit, pays one more sync for the rows below. 1,024 small queries; empty bands answer a null object.
 */
export const MERGE_SINGLE_SYNC_ROWS = 65_536;

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
  /** Queues the caller's own loads again when the first sync failed and the sheet is re-read in chunks. */
  requeue?: () => void;
  /** Overrides MAX_CELLS / CHUNK_CELLS (tests). */
  maxCells?: number;
  chunkCells?: number;
}

type Matrix = Array<Array<string | number | boolean>>;

export async function readActiveSheet(context: Excel.RequestContext, options: ReadOptions): Promise<SheetRead> {
  const { features } = options;
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  let state = queueSheetState(context, sheet, features, options.store, options.keys);
  const used = usedRange(sheet, features);
  const merges = features.mergedAreas ? queueMergeBands(sheet, 0, MERGE_SINGLE_SYNC_ROWS, MERGE_BAND_ROWS) : [];
  used.load('address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat');
  options.onProgress?.({ fraction: 0, stage: 'read' });
  let grid: Grid;
  try {
    await context.sync();
    grid = used.isNullObject ? new Grid(sheet.name) : gridOf(sheet.name, used.rowIndex, used.columnIndex, used.values, used.text, used.numberFormat);
    if (!used.isNullObject) await addMerges(context, sheet, grid, merges, used.rowIndex + used.rowCount, features);
  } catch (error) {
    // Too big for one response, or too many merged areas in a band: re-read in chunks, with finer bands.
    const tooManyMerges = isTooManyMerges(error);
    if (!tooManyMerges && !isTooBig(error)) throw error;
    // A failed sync delivers none of its loads: ask for the sheet's state again, with the chunks' first sync.
    state = queueSheetState(context, sheet, features, options.store, options.keys);
    options.requeue?.();
    grid = await readInChunks(context, sheet, options, tooManyMerges ? MERGE_BAND_ROWS / 8 : MERGE_BAND_ROWS);
  }
  options.onProgress?.({ fraction: 1, stage: 'read' });
  return { ...state(), grid };
}

/**
 * Queues the reads of everything but the cells (identity, protection, stored state, conditional formats);
 * the returned function gives them after the sync.
 */
export function queueSheetState(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  features: Features,
  store: SettingsStore,
  keys: SettingKey[],
): () => Omit<SheetRead, 'grid'> {
  sheet.load('id,name');
  const protection = features.protection ? sheet.protection.load('protected') : null;
  const stored = store.queueRead(context, keys);
  const formats = features.conditionalFormats ? queueFormats(sheet) : null;
  return () => {
    const ours = formats ? formats.items.filter(isOurs) : [];
    return {
      sheetId: sheet.id,
      sheetName: sheet.name,
      protected: protection ? protection.protected : null,
      stored: stored(),
      ourFormats: ours,
      userFormatCount: formats ? formats.items.length - ours.length : 0,
    };
  };
}

function usedRange(sheet: Excel.Worksheet, features: Features): Excel.Range {
  // valuesOnly (1.2) keeps format-only cells (a styled empty grid) out of the read.
  if (features.nullObjects) return sheet.getUsedRangeOrNullObject(true);
  const range = features.protection ? sheet.getUsedRange(true) : sheet.getUsedRange();
  // Before 1.4 there are no NullObjects: `isNullObject` reads false once loaded.
  return range;
}

function queueFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula');
}

function isOurs(format: Excel.ConditionalFormat): boolean {
  if (format.type !== 'Custom') return false;
  const custom = format.customOrNullObject;
  return !custom.isNullObject && isGoaltableFormula(custom.rule.formula);
}

type MergeBand = { areas: Excel.RangeAreas };

function queueMergeBands(sheet: Excel.Worksheet, fromRow: number, toRow: number, bandRows: number): MergeBand[] {
  const bands: MergeBand[] = [];
  for (let top = fromRow; top < toRow; top += bandRows) {
    const bottom = Math.min(top + bandRows, toRow);
    bands.push({ areas: sheet.getRange(`${top + 1}:${bottom}`).getMergedAreasOrNullObject().load('address') });
  }
  return bands;
}

function addBands(grid: Grid, bands: readonly MergeBand[]): void {
  for (const band of bands) if (!band.areas.isNullObject) for (const m of mergesOf(band.areas.address)) grid.addMerge(m);
}

/** Adds the merges read in the first sync; rows past them cost one more sync (desktop Excel, > 65,536 rows). */
async function addMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  grid: Grid,
  bands: readonly MergeBand[],
  usedBottom: number,
  features: Features,
): Promise<void> {
  if (!features.mergedAreas) return;
  addBands(grid, bands);
  if (usedBottom <= MERGE_SINGLE_SYNC_ROWS) return;
  const more = queueMergeBands(sheet, MERGE_SINGLE_SYNC_ROWS, usedBottom, MERGE_BAND_ROWS);
  await context.sync();
  addBands(grid, more);
}

/** The failure of a merged-areas query over more than 512 areas (its location names the method). */
function isTooManyMerges(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation ?? '';
  return /getMergedAreas/i.test(location);
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

async function readInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, options: ReadOptions, bandRows: number): Promise<Grid> {
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
    bandRows = await readChunk(context, sheet, used, grid, { offset, rows, bandRows }, options.features);
    options.onProgress?.({ fraction: (offset + rows) / used.rowCount, stage: 'read' });
  }
  return grid;
}

/**
 * One chunk of rows, values and merges in one sync. A band with more than 512 merged areas fails the whole
 * sync: the chunk is read again with bands an eighth as tall, down to single rows. Returns the band height
 * that worked, for the next chunks.
 */
async function readChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  used: Excel.Range,
  grid: Grid,
  chunk: { offset: number; rows: number; bandRows: number },
  features: Features,
): Promise<number> {
  const { offset, rows } = chunk;
  const top = used.rowIndex + offset;
  for (let bandRows = chunk.bandRows; ; bandRows = Math.max(1, Math.floor(bandRows / 8))) {
    const range = used.getCell(offset, 0).getResizedRange(rows - 1, used.columnCount - 1).load('values,text,numberFormat');
    const bands = features.mergedAreas ? queueMergeBands(sheet, top, top + rows, bandRows) : [];
    try {
      await context.sync();
    } catch (error) {
      if (!isTooManyMerges(error)) throw error;
      if (bandRows === 1) throw new AddinError('too-large', '工作表中有的行合并单元格过多（一行超过 512 处），Excel 无法读出这些合并区域。');
      continue;
    }
    gridOf(sheet.name, top, used.columnIndex, range.values, range.text, range.numberFormat, grid);
    addBands(grid, bands);
    return bandRows;
  }
}
