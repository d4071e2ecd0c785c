/** The 校验报告 sheet and the ribbon command. */
import type { Finding } from '../../src/core/findings';
import type { Grid } from '../../src/core/grid';
import { resolveSettings } from '../../src/core/settings';
import { validateSheet } from '../../src/core/validate';
import { validateSheetCommand } from '../../src/commands/commands';
import { decodeSummary, encodeSummary } from '../../src/commands/summary';
import { MemoryHost, type HostProfile } from '../../src/office/memory-host';
import { REPORT_SHEET } from '../../src/office/report';
import { createWorkbookApi } from '../../src/office/workbook-api';
import { buildSheet, cleanTable } from '../helpers/build-grid';
import { markedCells, synthetic } from './helpers';

const settings = resolveSettings(undefined);
const PROFILES: HostProfile[] = ['microsoft-365', 'excel-2019', 'excel-2016'];

function hostWithFindings(profile: HostProfile) {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()], {}, '临西'), { profile });
  const findings = synthetic([['E9', 'error'], ['F10', 'warning']]);
  const deps = {
    validate: (grid: Grid) => ({ tables: validateSheet(grid, settings).tables, findings }),
    formatMessage: (f: Finding) => `消息 ${f.rule}`,
  };
  return { host, api: createWorkbookApi(host, deps), deps };
}

test.each(PROFILES)('on %s the report sheet has a row per finding linking to its cell, and replaces an old one', async (profile) => {
  const { host, api } = hostWithFindings(profile);
  const result = await api.validateActiveSheet(settings);
  await api.exportReportSheet(result, 'zh-CN');
  await api.exportReportSheet(result, 'zh-CN');
  expect(host.workbook.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
  const report = host.toGrid(REPORT_SHEET);
  expect(report.text(0, 0)).toBe('序号');
  expect(report.rowCount).toBe(1 + result.findings.length);
  const link = host.sheet(REPORT_SHEET).cells['1,3'];
  expect(link.formula).toBe(`=HYPERLINK("#'临西'!E9","E9")`);
  expect(report.text(1, 3)).toBe('E9');
  expect(report.text(1, 4)).toBe('错误');
  expect(report.text(2, 6)).toBe('消息 test/rule');
  expect(host.sheet('临西').cells['8,4'].value).toBe(host.toGrid('临西').get(8, 4).value);
});

test.each(PROFILES)('on %s the ribbon command marks, selects the first error and completes once', async (profile) => {
  const { host, deps } = hostWithFindings(profile);
  const completed = jest.fn();
  const shown: string[] = [];
  const summary = await validateSheetCommand({ completed }, { host, deps, show: async (s) => void shown.push(JSON.stringify(s)) });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(summary.tables).toBe(1);
  expect(shown).toHaveLength(1);
  expect(summary).toMatchObject({ errors: 1, warnings: 1, first: 'E9' });
  const sel = host.workbook.selection.range;
  expect(`${String.fromCharCode(65 + sel.left)}${sel.top + 1}`).toBe('E9');
  expect(markedCells(host).size).toBe(2);
});

test('the ribbon command completes and reports a protected sheet without writing or throwing', async () => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()]));
  host.sheet().protection.protected = true;
  const saved = host.save();
  const completed = jest.fn();
  const summary = await validateSheetCommand({ completed }, { host, show: async () => { throw new Error('dialog failed'); } });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(summary.problem).toMatch(/受保护/);
  expect(host.save()).toBe(saved);
});

test('the summary survives the dialog URL', () => {
  const s = { sheet: '临西 表', tables: 14, errors: 3, warnings: 5, first: 'E12' };
  expect(decodeSummary(`?summary=${encodeSummary(s)}`)).toEqual(s);
  expect(decodeSummary('?other=1')).toBeNull();
});

test('report text that looks like a formula stays text; the link stays a formula', async () => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable({ name: '=SUM(1,2)' })], {}, '临西'), { profile: 'microsoft-365' });
  const findings = synthetic([['E9', 'error']]);
  const api = createWorkbookApi(host, {
    validate: (grid: Grid) => ({ tables: validateSheet(grid, settings).tables, findings }),
    formatMessage: () => '=1+1 不是公式',
  });
  await api.exportReportSheet(await api.validateActiveSheet(settings), 'zh-CN');
  const cells = host.sheet(REPORT_SHEET).cells;
  expect(cells['1,2']).toMatchObject({ value: '=SUM(1,2)' });
  expect(cells['1,2'].formula).toBeUndefined();
  expect(cells['1,6']).toMatchObject({ value: '=1+1 不是公式' });
  expect(cells['1,6'].formula).toBeUndefined();
  expect(cells['1,3'].formula).toBe(`=HYPERLINK("#'临西'!E9","E9")`);
});
