/** Reading the active sheet: one sync, merges by band, chunked only when Excel refuses the size. */
import { resolveSettings } from '../../src/core/settings';
import { AddinError, type ProgressReport } from '../../src/office/api';
import { MemoryHost, type HostProfile } from '../../src/office/memory-host';
import { readActiveSheet } from '../../src/office/read';
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
