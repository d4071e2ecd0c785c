/**
 * SPEC §4/§6: at most two syncs per validation (one read, one write) and two per clear, as long as Excel
 * answers the read in one response: on every desktop profile, and in Excel on the web (5 MB per response)
 * while the sheet fits (a 1000-table sheet is ~3 MB). Chunked reads of bigger sheets: huge-sheet.test.ts.
 */
import { resolveSettings } from '../../src/core/settings';
import { MemoryHost, type MemoryHostOptions } from '../../src/office/memory-host';
import { createWorkbookApi } from '../../src/office/workbook-api';
import { generateSheet } from '../../bench/sheets';

const SETUPS: Array<[string, MemoryHostOptions]> = [
  ['microsoft-365', { profile: 'microsoft-365' }],
  ['excel-2019', { profile: 'excel-2019' }],
  ['excel-2016', { profile: 'excel-2016' }],
  ['web (5 MB responses)', { profile: 'microsoft-365', payloadLimit: 5 * 1024 * 1024 }],
];

describe.each(SETUPS)('%s', (_label, options) => {
  test.each([10, 100, 1000])('%i tables: validate + mark in ≤ 2 syncs, clear in ≤ 2', async (tables) => {
    const grid = generateSheet(tables);
    const host = MemoryHost.fromGrid(grid, options);
    const api = createWorkbookApi(host);
    host.resetSyncCount();
    const result = await api.validateActiveSheet(resolveSettings(undefined));
    expect(result.tables).toHaveLength(tables);
    expect(result.marked).toBeGreaterThan(0);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    host.resetSyncCount();
    await api.clearMarks();
    expect(host.syncCount).toBeLessThanOrEqual(2);
  });
});
