/** Reading the active sheet: one sync, merges by band, chunked only when Excel refuses the size. */
import { resolveSettings } from '../../src/core/settings';
import { AddinError, type ProgressReport } from '../../src/office/api';
import { MemoryHost, type HostProfile } from '../../src/office/memory-host';
import { Grid } from '../../src/core/grid';
import { MERGE_BAND_ROWS, MERGE_SINGLE_SYNC_ROWS, readActiveSheet } from '../../src/office/read';
import { detectFeatures } from '../../src/office/requirements';
import { KEYS, workbookSettingsStore, documentSettingsStore } from '../../src/office/settings';
import { buildSheet, cleanTable } from '../helpers/build-grid';

function read(host: MemoryHost, extra: { maxCells?: number; chunkCells?: number; onProgress?: (p: ProgressReport) => void } = {}) {
  const features = detectFeatures(host.requirements);
  const store = features.workbookSettings ? workbookSettingsStore() : documentSettingsStore(host.documentSettings);
  return host.run((context) => readActiveSheet(context, { features, store, keys: [KEYS.marks], ...extra }));
}

const manyTables = () =>
  buildSheet(Array.from({ length: 40 }, (_, i) => cleanTable({ title: `${i + 1}.见义勇为基金绩效目标表`, name: `见义勇为基金${i + 1}` })));

test('one sync reads values, texts, number formats and every merge, even past 512 merged areas', async () => {
  const grid = manyTables();
  expect(grid.merges.length).toBeGreaterThan(512);
  const host = MemoryHost.fromGrid(grid);
  const result = await read(host);
  expect(host.syncCount).toBe(1);
  expect(result.grid.merges.length).toBe(grid.merges.length);
  expect(result.grid.rowCount).toBe(grid.rowCount);
  const expected = host.toGrid();
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) expect(result.grid.get(r, c)).toEqual(expected.get(r, c));
  expect(result.protected).toBe(false);
});

/** A tall, sparse sheet: a labelled merged area every `every` rows down to `rows`. */
function tallSheet(rows: number, every: number): Grid {
  const grid = new Grid('Tall');
  for (let r = 0; r < rows; r += every) {
    grid.set(r, 0, { value: `第${r + 1}行`, text: `第${r + 1}行` });
    grid.addMerge({ row: r, col: 0, rows: 2, cols: 3 });
  }
  grid.set(rows - 1, 2, { value: 1, text: '1' });
  return grid;
}

/** `perRow` two-cell merged areas side by side on each of `rows` rows. */
function densePairs(rows: number, perRow: number): Grid {
  const grid = new Grid('Dense');
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < perRow; i++) {
      grid.set(r, 2 * i, { value: i, text: String(i) });
      grid.addMerge({ row: r, col: 2 * i, rows: 1, cols: 2 });
    }
  }
  return grid;
}

test('merges all the way down a tall sheet that fits one response are read in the same single sync', async () => {
  const grid = tallSheet(MERGE_SINGLE_SYNC_ROWS - 100, 997);
  const host = MemoryHost.fromGrid(grid, { payloadLimit: 5 * 1024 * 1024 });
  const result = await read(host);
  expect(host.syncCount).toBe(1);
  expect(result.grid.merges).toEqual(grid.merges);
});

test('past the rows whose merges the first sync asks for, desktop Excel pays one more sync, merges complete', async () => {
  const grid = tallSheet(MERGE_SINGLE_SYNC_ROWS + 5000, 1499);
  const host = MemoryHost.fromGrid(grid);
  const result = await read(host);
  expect(host.syncCount).toBe(2);
  expect(result.grid.merges).toEqual(grid.merges);
});

test('a band of rows with more than 512 merged areas is read again in finer bands, nothing lost', async () => {
  const grid = densePairs(MERGE_BAND_ROWS / 4, 60); // 960 areas in one band, 480 in a band of 8 rows
  const host = MemoryHost.fromGrid(grid);
  const result = await read(host);
  expect(result.grid.merges).toHaveLength(grid.merges.length);
  expect(new Set(result.grid.merges.map((m) => `${m.row},${m.col}`))).toEqual(new Set(grid.merges.map((m) => `${m.row},${m.col}`)));
  expect(result.grid.get(3, 2).text).toBe('1');
});

test('a single row with more than 512 merged areas, which Excel cannot list, is refused clearly', async () => {
  const host = MemoryHost.fromGrid(densePairs(2, 520));
  const error = await read(host).catch((e) => e);
  expect(error).toBeInstanceOf(AddinError);
  expect(error.code).toBe('too-large');
  expect(error.message).toMatch(/合并单元格过多/);
});

test.each<[HostProfile, boolean | null]>([
  ['excel-2019', false],
  ['excel-2016', null],
])('on %s: no merge list (no ExcelApi 1.13), protection %s, still one sync', async (profile, protection) => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()]), { profile });
  const result = await read(host);
  expect(host.syncCount).toBe(1);
  expect(result.grid.merges).toEqual([]);
  expect(result.grid.get(0, 0).text).toBe('1.见义勇为基金绩效目标表');
  expect(result.protected).toBe(protection);
});

test('a sheet Excel on the web refuses in one response is read in row chunks, with progress', async () => {
  const grid = manyTables();
  const host = MemoryHost.fromGrid(grid, { payloadLimit: 60_000 });
  const progress: number[] = [];
  const result = await read(host, { chunkCells: 700, onProgress: (p) => progress.push(p.fraction) });
  expect(host.syncCount).toBeGreaterThan(3);
  expect(result.grid.merges.length).toBe(grid.merges.length);
  expect(result.grid.rowCount).toBe(grid.rowCount);
  expect(progress[progress.length - 1]).toBe(1);
  expect(progress.filter((f) => f > 0 && f < 1).length).toBeGreaterThan(1);
});

test('a sheet over the size limit is refused as too-large, nothing written', async () => {
  const host = MemoryHost.fromGrid(manyTables(), { payloadLimit: 60_000 });
  const saved = host.save();
  const error = await read(host, { maxCells: 1000 }).catch((e) => e);
  expect(error).toBeInstanceOf(AddinError);
  expect(error.code).toBe('too-large');
  expect(host.save()).toBe(saved);
  void resolveSettings;
});
