/**
 * SPEC §6: at most two syncs per validation (one read, one write) and two per clear, whatever the sheet
 * size, as long as Excel answers the read in one response (desktop; the web's 5 MB limit is the one case
 * where chunked reads are expected, see huge-sheet.test.ts).
 */
import { resolveSettings } from '../../src/core/settings';
import { MemoryHost, type HostProfile } from '../../src/office/memory-host';
import { createWorkbookApi } from '../../src/office/workbook-api';
import { generateSheet } from '../../bench/sheets';

describe.each<HostProfile>(['microsoft-365', 'excel-2016'])('%s', (profile) => {
  test.each([10, 100, 1000])('%i tables: validate + mark in ≤ 2 syncs, clear in ≤ 2', async (tables) => {
    const grid = generateSheet(tables);
    const host = MemoryHost.fromGrid(grid, { profile });
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
