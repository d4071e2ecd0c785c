/**
 * Office path on the in-memory host: syncs (and time) for validate + mark and for clear, at 10, 100 and
 * 1000 tables, for Microsoft 365 (conditional-format marks), Excel 2016 (fill marks, ExcelApi 1.1) and
 * Excel on the web's 5 MB response limit.
 */
import { resolveSettings } from '../src/core/settings';
import { MemoryHost, type MemoryHostOptions } from '../src/office/memory-host';
import { createWorkbookApi } from '../src/office/workbook-api';
import { generateSheet } from './sheets';
import { ms, timeAsync } from './timing';

export interface OfficeFigures {
  syncs_validate_and_mark: number;
  syncs_clear: number;
}

interface Setup {
  label: string;
  options: MemoryHostOptions;
}

const SETUPS: Setup[] = [
  { label: 'microsoft-365', options: { profile: 'microsoft-365' } },
  { label: 'excel-2016', options: { profile: 'excel-2016' } },
  { label: 'web (5 MB limit)', options: { profile: 'microsoft-365', payloadLimit: 5 * 1024 * 1024 } },
];

const SIZES: Array<[tables: number, runs: number]> = [
  [10, 20],
  [100, 8],
  [1000, 3],
];

export async function benchOffice(log: (line: string) => void): Promise<OfficeFigures> {
  const settings = resolveSettings(undefined);
  let validateSyncs = 0;
  let clearSyncs = 0;
  for (const setup of SETUPS) {
    for (const [count, runs] of SIZES) {
      const host = MemoryHost.fromGrid(generateSheet(count), setup.options);
      const api = createWorkbookApi(host);
      host.resetSyncCount();
      const result = await api.validateActiveSheet(settings);
      const markSyncs = host.syncCount;
      host.resetSyncCount();
      await api.clearMarks();
      const syncsClear = host.syncCount;
      validateSyncs = Math.max(validateSyncs, markSyncs);
      clearSyncs = Math.max(clearSyncs, syncsClear);
      // Time a validate + clear cycle, so that every run starts from an unmarked sheet.
      const validate = await timeAsync(() => api.validateActiveSheet(settings).then(() => api.clearMarks()), runs);
      log(
        `office  ${setup.label.padEnd(16)} ${String(count).padStart(4)} tables: validate+mark ${markSyncs} syncs, ` +
          `clear ${syncsClear} syncs; validate+mark+clear ${ms(validate.median)} median of ${validate.runs}; ` +
          `${result.tables.length} tables, ${result.marked} cells marked`,
      );
    }
  }
  log(`office  max syncs: validate+mark ${validateSyncs}, clear ${clearSyncs} (goal ≤ 2 each)`);
  return { syncs_validate_and_mark: validateSyncs, syncs_clear: clearSyncs };
}
