/** The in-memory host behaves like the documented Office.js: batching, load rules, NullObjects, shifting. */
import { Grid } from '../../src/core/grid';
import { MemoryHost, OfficeError } from '../../src/office/memory-host';
import { buildSheet, cleanTable } from '../helpers/build-grid';

function hostWith(values: Array<Array<string | number>>, options = {}): MemoryHost {
  const grid = new Grid('Data');
  values.forEach((line, r) => line.forEach((v, c) => v !== '' && grid.set(r, c, { value: v, text: String(v) })));
  return MemoryHost.fromGrid(grid, options);
}

test('reading a property before load and sync throws PropertyNotLoaded', async () => {
  const host = hostWith([[1, 2]]);
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B1');
    expect(() => range.values).toThrow(OfficeError);
    range.load('values');
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([[1, 2]]);
    expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('counts syncs, and run flushes queued operations with one more', async () => {
  const host = hostWith([[1]]);
  await host.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange('A1').load('values');
    await context.sync();
    await context.sync();
  });
  expect(host.syncCount).toBe(2);
  await host.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange('B1').values = [[5]];
  });
  expect(host.syncCount).toBe(3);
  expect(host.toGrid().get(0, 1).value).toBe(5);
});

test('NullObjects are known only after load and sync', async () => {
  const host = hostWith([[1]]);
  await host.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject('nope');
    const present = context.workbook.worksheets.getItemOrNullObject('Data');
    missing.load('name');
    present.load('name');
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
    expect(present.name).toBe('Data');
  });
});

test('a failing operation rejects the sync; earlier operations stay, later ones do not run', async () => {
  const host = hostWith([[1]]);
  await expect(
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1').values = [[2]];
      context.workbook.worksheets.getItem('nope').getRange('A1').values = [[3]];
      sheet.getRange('A2').values = [[4]];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  const grid = host.toGrid();
  expect(grid.get(0, 0).value).toBe(2);
  expect(grid.get(1, 0).value).toBeNull();
});

test('APIs beyond the profile fail with ApiNotFound; isSetSupported follows the profile', async () => {
  const old = hostWith([[1]], { profile: 'excel-2016' });
  expect(old.requirements.isSetSupported('ExcelApi', '1.1')).toBe(true);
  expect(old.requirements.isSetSupported('ExcelApi', '1.2')).toBe(false);
  const mid = hostWith([[1]], { profile: 'excel-2019' });
  expect(mid.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
  expect(mid.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
  await expect(
    old.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').conditionalFormats.load('items');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  await expect(
    mid.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2').getMergedAreasOrNullObject().load('address');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
});

test('fill.color reads #FFFFFF for no fill and for white (office-js#6218), null when mixed', async () => {
  const host = hostWith([[1, 2, 3]]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRange('B1').format.fill.color = '#FFFFFF';
    sheet.getRange('C1').format.fill.color = 'red';
    const none = sheet.getRange('A1').format.fill.load('color');
    const white = sheet.getRange('B1').format.fill.load('color');
    const mixed = sheet.getRange('A1:C1').format.fill.load('color');
    await context.sync();
    expect(none.color).toBe('#FFFFFF');
    expect(white.color).toBe('#FFFFFF');
    expect(mixed.color).toBeNull();
  });
  expect(host.sheet().cells['0,0']?.format.fill).toBeUndefined();
  expect(host.sheet().cells['0,1'].format.fill).toBe('#FFFFFF');
});

test('merged areas: only areas whose top-left cell is in the range (office-js#3611)', async () => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()]));
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const title = sheet.getRange('A1:G1').getMergedAreasOrNullObject().load('address');
    const below = sheet.getRange('B1:G1').getMergedAreasOrNullObject().load('address,areaCount');
    await context.sync();
    expect(title.address).toBe('Sheet1!A1:G1');
    expect(below.isNullObject).toBe(true);
  });
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRange('A1:G1').unmerge();
    sheet.getRange('A30:B31').merge();
    await context.sync();
  });
  expect(host.sheet().merges.some((m) => m.row === 0 && m.col === 0)).toBe(false);
  expect(host.sheet().merges).toContainEqual({ row: 29, col: 0, rows: 2, cols: 2 });
});

/** A sheet with `perRow` two-cell merged areas side by side on each of `rows` rows. */
function mergedPairs(rows: number, perRow: number): MemoryHost {
  const grid = new Grid('Pairs');
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < perRow; i++) {
      grid.set(r, 2 * i, { value: i, text: String(i) });
      grid.addMerge({ row: r, col: 2 * i, rows: 1, cols: 2 });
    }
  }
  return MemoryHost.fromGrid(grid);
}

test('merged areas: a query over more than 512 areas fails, as the Range reference says; 512 is fine', async () => {
  const host = mergedPairs(2, 300); // 600 areas on rows 1–2
  await host.run(async (context) => {
    const one = context.workbook.worksheets.getActiveWorksheet().getRange('1:1').getMergedAreasOrNullObject().load('areaCount');
    await context.sync();
    expect(one.areaCount).toBe(300);
  });
  const error = await host
    .run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('1:2').getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
    })
    .catch((e) => e);
  expect(error).toBeInstanceOf(OfficeError);
  expect(error.debugInfo.errorLocation).toBe('Range.getMergedAreasOrNullObject');
  const exact = mergedPairs(1, 512);
  await exact.run(async (context) => {
    const all = context.workbook.worksheets.getActiveWorksheet().getRange('1:1').getMergedAreasOrNullObject().load('areaCount');
    await context.sync();
    expect(all.areaCount).toBe(512);
  });
});

test('the used range follows writes queued in the same batch, and edits made between runs', async () => {
  const host = hostWith([[1, 2]]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const before = sheet.getUsedRange(true).load('address');
    sheet.getRange('D10').values = [[3]];
    const after = sheet.getUsedRange(true).load('address');
    const styled = sheet.getUsedRange().load('address');
    sheet.getRange('F12').format.fill.color = '#FF0000';
    const restyled = sheet.getUsedRange().load('address');
    await context.sync();
    expect([before.address, after.address, styled.address, restyled.address]).toEqual(['Data!A1:B1', 'Data!A1:D10', 'Data!A1:D10', 'Data!A1:F12']);
  });
  host.sheet().cells['19,0'] = { value: 'x', numberFormat: 'General', format: {} };
  await host.run(async (context) => {
    const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true).load('address');
    const cell = context.workbook.worksheets.getActiveWorksheet().getRange('A20').load('values');
    await context.sync();
    expect(used.address).toBe('Data!A1:D20');
    expect(cell.values).toEqual([['x']]);
  });
});

test('insert(down) shifts cells, merges and conditional formats; new cells take the formats above', async () => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()]));
  const before = host.toGrid();
  const lastRow = before.rowCount - 1;
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRange(`A${lastRow}:G${lastRow}`).format.font.bold = true;
    const cf = sheet.getRange(`E${lastRow + 1}`).conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = '=E1>0';
    await context.sync();
    sheet.getRange(`A${lastRow + 1}:G${lastRow + 2}`).insert('Down' as Excel.InsertShiftDirection.down);
    await context.sync();
  });
  const after = host.toGrid();
  for (let c = 0; c < 7; c++) {
    expect(after.get(lastRow + 2, c)).toEqual(before.get(lastRow, c));
    expect(after.get(lastRow, c).value).toBeNull();
  }
  const basis = before.merges.find((m) => m.row === lastRow && m.col === 5)!;
  expect(after.merges).toContainEqual({ ...basis, row: lastRow + 2 });
  expect(host.sheet().conditionalFormats[0].ranges[0]).toEqual({ top: lastRow + 2, bottom: lastRow + 2, left: 4, right: 4 });
  expect(host.sheet().cells[`${lastRow},0`].format.bold).toBe(true);
  await host.run(async (context) => {
    context.workbook.worksheets.getActiveWorksheet().getRange(`A${lastRow + 1}:G${lastRow + 2}`).delete('Up' as Excel.DeleteShiftDirection.up);
    await context.sync();
  });
  expect(host.toGrid().get(lastRow, 2)).toEqual(before.get(lastRow, 2));
  expect(host.sheet().conditionalFormats[0].ranges[0].top).toBe(lastRow);
});

test('insert refuses to split a merged area', async () => {
  const host = MemoryHost.fromGrid(buildSheet([cleanTable()]));
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A2:C2').insert('Down' as Excel.InsertShiftDirection.down);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'MergedRangeConflict' });
});

test('a protected sheet refuses writes with AccessDenied and keeps its content', async () => {
  const host = hostWith([[1, 2]]);
  host.sheet().protection.protected = true;
  const before = host.save();
  await expect(
    host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1').format.fill.color = '#FF0000';
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(host.save()).toBe(before);
  await host.run(async (context) => {
    const p = context.workbook.worksheets.getActiveWorksheet().protection.load('protected');
    await context.sync();
    expect(p.protected).toBe(true);
  });
});

test('conditional formats: add at top priority, count, item at, delete, clearAll on a part', async () => {
  const host = hostWith([[1, 2, 3]]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const first = sheet.getRange('A1:C1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    first.custom.rule.formula = '=A1>1';
    first.custom.format.fill.color = '#00FF00';
    const second = sheet.getRange('A1').conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    second.custom.rule.formula = '=TRUE';
    const count = sheet.getRange('C1').conditionalFormats.getCount();
    const top = sheet.getRange('A1').conditionalFormats.getItemAt(0).load('priority');
    const rule = top.custom.rule.load('formula');
    await context.sync();
    expect(count.value).toBe(1);
    expect(top.priority).toBe(0);
    expect(rule.formula).toBe('=TRUE');
    top.delete();
    sheet.getRange('B1').conditionalFormats.clearAll();
    await context.sync();
  });
  const cfs = host.sheet().conditionalFormats;
  expect(cfs).toHaveLength(1);
  expect(cfs[0].ranges).toEqual([{ top: 0, bottom: 0, left: 0, right: 0 }, { top: 0, bottom: 0, left: 2, right: 2 }]);
});

test('workbook settings survive save and reopen; document settings are a snapshot saved by saveAsync', async () => {
  const host = hostWith([[1]]);
  await host.run(async (context) => {
    context.workbook.settings.add('k', { a: [1, 2] });
    await context.sync();
  });
  const reopened = MemoryHost.reopen(host.save());
  await reopened.run(async (context) => {
    const s = context.workbook.settings.getItemOrNullObject('k').load('value');
    const none = context.workbook.settings.getItemOrNullObject('other').load('value');
    await context.sync();
    expect(s.value).toEqual({ a: [1, 2] });
    expect(none.isNullObject).toBe(true);
  });
  const doc = reopened.documentSettings;
  expect(doc.get('k')).toEqual({ a: [1, 2] });
  doc.set('d', 7);
  expect(reopened.workbook.settings.d).toBeUndefined();
  await new Promise<void>((resolve) => doc.saveAsync(() => resolve()));
  expect(reopened.workbook.settings.d).toBe(7);
});

test('the payload limit rejects an oversized response, like Excel on the web', async () => {
  const values = Array.from({ length: 200 }, (_, r) => Array.from({ length: 10 }, (_, c) => `cell ${r} ${c}`));
  const host = hostWith(values, { payloadLimit: 10_000 });
  await expect(
    host.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getUsedRange().load('values');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

test('HYPERLINK formulas show their friendly name', async () => {
  const host = hostWith([[1]]);
  await host.run(async (context) => {
    const r = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
    r.formulas = [['=HYPERLINK("#\'Data\'!A1","A1")']];
    r.load('values,formulas');
    await context.sync();
    expect(r.values).toEqual([['A1']]);
    expect(r.formulas[0][0]).toMatch(/^=HYPERLINK/);
  });
});
