/**
 * A sheet of 100,000+ rows in Excel on the web (5 MB per response): goal tables above, between and below a
 * long ledger, one of them straddling a chunk boundary. The add-in must read it in chunks (each under the
 * limit), report progress, let the event loop run between chunks, find exactly what the core finds on
 * the same sheet, and clear its marks back to the sheet as it was.
 */
import { createHash } from 'crypto';
import { performance } from 'perf_hooks';
import { Grid, rangeToA1 } from '../../src/core/grid';
import { resolveSettings } from '../../src/core/settings';
import { validateSheet } from '../../src/core/validate';
import type { ProgressReport } from '../../src/office/api';
import type { ExcelRun } from '../../src/office/host';
import { MemoryHost } from '../../src/office/memory-host';
import { CHUNK_CELLS } from '../../src/office/read';
import { createWorkbookApi } from '../../src/office/workbook-api';
import { FIXTURE_TABLES } from '../../bench/sheets';
import { writeFormTable } from '../helpers/build-grid';

const LEDGER_ROWS = 100_000;
const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

function writeLedger(grid: Grid, top: number, rows: number): number {
  // Seven columns, as wide as the tables, so that the used range (values only) is as wide as the sheet.
  ['序号', '日期', '摘要', '金额（元）', '经办人', '凭证号', '备注'].forEach((h, c) => grid.set(top, c, { value: h, text: h }));
  for (let i = 1; i <= rows; i++) {
    const amount = Math.round(((i * 7919) % 100000) + 0.45) / 100;
    grid.set(top + i, 0, { value: i, text: String(i), numberFormat: 'General' });
    grid.set(top + i, 1, { value: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`, text: `2023-${String((i % 12) + 1).padStart(2, '0')}-15` });
    grid.set(top + i, 2, { value: i % 3 ? '办公用品采购' : '差旅费报销', text: i % 3 ? '办公用品采购' : '差旅费报销' });
    grid.set(top + i, 3, { value: amount, text: amount.toFixed(2), numberFormat: '0.00' });
    grid.set(top + i, 6, { value: '已核', text: '已核' });
  }
  return top + rows + 1;
}

/** Tables at the top, one straddling the first chunk boundary, the rest after 100,000 ledger rows. */
function hugeSheet(): { grid: Grid; tables: number } {
  const grid = new Grid('收支明细');
  const rowsPerChunk = Math.floor(CHUNK_CELLS / 7);
  let row = 0;
  for (const t of FIXTURE_TABLES.slice(0, 3)) row = writeFormTable(grid, t, row) + 1;
  row = writeLedger(grid, row, rowsPerChunk - row - 12) + 1;
  row = writeFormTable(grid, FIXTURE_TABLES[14], row) + 1; // rows rowsPerChunk-11 … past the boundary
  row = writeLedger(grid, row, LEDGER_ROWS) + 1;
  for (const t of FIXTURE_TABLES.slice(20, 22)) row = writeFormTable(grid, t, row) + 1;
  return { grid, tables: 6 };
}

/** `run` whose syncs take a turn of the event loop, as real Excel's round trips do. */
function roundTripRun(host: MemoryHost): ExcelRun {
  return (batch) =>
    host.run((context) => {
      const sync = context.sync.bind(context);
      const yielding = new Proxy(context, {
        get: (target, prop) => (prop === 'sync' ? () => new Promise<void>((r) => setImmediate(r)).then(sync) : Reflect.get(target, prop, target)),
      });
      return batch(yielding);
    });
}

/** Counts event-loop turns and the longest stretch the thread was blocked. */
function watchEventLoop(): { stop(): { turns: number; longestBlockMs: number } } {
  let turns = 0;
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return { turns, longestBlockMs: longest };
    },
  };
}

const cellsHash = (host: MemoryHost) => {
  const sheet = host.sheet();
  return createHash('sha256').update(JSON.stringify([sheet.cells, sheet.conditionalFormats, sheet.merges])).digest('hex');
};

test('a 100,000-row sheet in Excel on the web: chunked reads, progress, correct findings, exact clear', async () => {
  const { grid, tables } = hugeSheet();
  expect(grid.rowCount).toBeGreaterThan(LEDGER_ROWS);
  const expected = validateSheet(grid, resolveSettings(undefined));
  expect(expected.tables).toHaveLength(tables);

  const host = MemoryHost.fromGrid(grid, { payloadLimit: WEB_PAYLOAD_LIMIT });
  const before = cellsHash(host);
  const api = createWorkbookApi(roundTripRun(host), host.requirements);
  const progress: ProgressReport[] = [];
  const loop = watchEventLoop();
  const started = performance.now();
  const result = await api.validateActiveSheet(resolveSettings(undefined), (p) => progress.push(p));
  const elapsed = performance.now() - started;
  const { turns, longestBlockMs } = loop.stop();

  // Chunked: several syncs, each within the 5 MB limit (the host throws otherwise).
  const chunks = Math.ceil(grid.rowCount / Math.floor(CHUNK_CELLS / grid.colCount));
  expect(host.syncCount).toBeGreaterThanOrEqual(chunks);
  const reads = progress.filter((p) => p.stage === 'read').map((p) => p.fraction);
  expect(reads.filter((f) => f > 0 && f < 1).length).toBeGreaterThanOrEqual(chunks - 1);
  expect(reads).toEqual([...reads].sort((a, b) => a - b));
  expect(reads.at(-1)).toBe(1);
  expect(progress.some((p) => p.stage === 'mark')).toBe(true);
  // The pane stays alive: the event loop turned between the chunks.
  expect(turns).toBeGreaterThanOrEqual(chunks);

  // What the core finds on the sheet itself, nothing lost at chunk boundaries.
  expect(result.tables.map((t) => t.range)).toEqual(expected.tables.map((t) => rangeToA1(t.range)));
  expect(result.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(expected.findings.map((f) => `${f.cell} ${f.rule}`));
  expect(result.marked).toBeGreaterThan(0);

  host.resetSyncCount();
  await api.clearMarks();
  expect(cellsHash(host)).toBe(before);
  // For the report: how long, and the longest the thread was blocked (validation of 100,000 rows is one block).
  process.stdout.write(`huge sheet: ${grid.rowCount} rows, ${chunks} chunks, ${elapsed.toFixed(0)} ms, longest block ${longestBlockMs.toFixed(0)} ms\n`);
}, 120_000);

