import path from 'node:path';
import ExcelJS from 'exceljs';
import { displayNumber, toGridCell, worksheetToGrid } from '../../src/cli/normalise';
import { readWorkbook } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/grid';
import { tempDir } from './helpers';

/** Builds a one-sheet workbook, writes it to a temp file and reads it back through the real reader. */
async function roundTrip(build: (sheet: ExcelJS.Worksheet) => void): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表1'));
  const tmp = tempDir();
  try {
    const file = path.join(tmp.dir, 'book.xlsx');
    await workbook.xlsx.writeFile(file);
    const loaded = await readWorkbook(file);
    expect(loaded.grids).toHaveLength(1);
    return loaded.grids[0];
  } finally {
    tmp.cleanup();
  }
}

function put(sheet: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt?: string): void {
  const cell = sheet.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

describe('worksheet → grid (through a written .xlsx file)', () => {
  test('a merged value stays only in the top-left cell, and the merges are listed', async () => {
    const grid = await roundTrip((sheet) => {
      put(sheet, 'A1', '1.见义勇为专项资金绩效目标表');
      sheet.mergeCells('A1:G1');
      put(sheet, 'A4', '预算规模及资金用途');
      sheet.mergeCells('A4:A5');
      put(sheet, 'B5', '资金用途说明');
      sheet.mergeCells('B5:G5');
    });
    expect(grid.get(0, 0).text).toBe('1.见义勇为专项资金绩效目标表');
    for (let c = 1; c < 7; c++) expect(grid.get(0, c).value).toBeNull();
    expect(grid.get(4, 0).value).toBeNull();
    expect(grid.get(4, 1).text).toBe('资金用途说明');
    expect(grid.get(4, 2).value).toBeNull();
    expect(grid.merges).toEqual([
      { row: 0, col: 0, rows: 1, cols: 7 },
      { row: 3, col: 0, rows: 2, cols: 1 },
      { row: 4, col: 1, rows: 1, cols: 6 },
    ]);
    expect(grid.isMergedAway(4, 0)).toBe(true);
    expect(grid.mergeOf(4, 6)).toEqual({ row: 4, col: 1, rows: 1, cols: 6 });
  });

  test('number formats are rendered as Excel shows them and kept', async () => {
    const grid = await roundTrip((sheet) => {
      put(sheet, 'A1', 5, '0.00');
      put(sheet, 'B1', 0.3, '0%');
      put(sheet, 'C1', 0.125, '0.00%');
      put(sheet, 'D1', 1234.5, '#,##0.00');
      put(sheet, 'E1', 5);
      put(sheet, 'F1', 1 / 3);
      put(sheet, 'G1', 1.25, '0.00');
    });
    expect(grid.get(0, 0)).toEqual({ value: 5, text: '5.00', numberFormat: '0.00' });
    expect(grid.get(0, 1)).toEqual({ value: 0.3, text: '30%', numberFormat: '0%' });
    expect(grid.get(0, 2).text).toBe('12.50%');
    expect(grid.get(0, 3).text).toBe('1,234.50');
    expect(grid.get(0, 4)).toEqual({ value: 5, text: '5', numberFormat: 'General' });
    expect(grid.get(0, 5).text).toBe('0.333333333');
    expect(grid.get(0, 6).text).toBe('1.25');
  });

  test('numbers stored as text stay text, exactly as typed', async () => {
    const typed = ['１２３', '1,234.5', '30%', '≥95%', '＞100 件', '5.00'];
    const grid = await roundTrip((sheet) => typed.forEach((t, i) => put(sheet, `A${i + 1}`, t)));
    typed.forEach((t, i) => {
      expect(grid.get(i, 0).value).toBe(t);
      expect(grid.get(i, 0).text).toBe(t);
      expect(grid.get(i, 0).error).toBeUndefined();
    });
  });

  test('error values, formulas, rich text, hyperlinks, booleans and dates', async () => {
    const grid = await roundTrip((sheet) => {
      put(sheet, 'A1', { error: '#REF!' });
      put(sheet, 'B1', { formula: '1/0', result: { error: '#DIV/0!' } });
      put(sheet, 'C1', { formula: 'D1*2', result: 10 }, '0.00');
      put(sheet, 'D1', 5);
      put(sheet, 'E1', { richText: [{ text: '产出' }, { text: '指标', font: { bold: true } }] });
      put(sheet, 'F1', { text: '政策依据', hyperlink: 'https://example.org/' });
      put(sheet, 'G1', true);
      put(sheet, 'H1', new Date(Date.UTC(2023, 2, 15)), 'yyyy-mm-dd');
      put(sheet, 'I1', { formula: 'D1&"万元"', result: '5万元' });
    });
    expect(grid.get(0, 0)).toMatchObject({ value: '#REF!', text: '#REF!', error: '#REF!' });
    expect(grid.get(0, 1)).toMatchObject({ text: '#DIV/0!', error: '#DIV/0!', formula: true });
    expect(grid.get(0, 2)).toMatchObject({ value: 10, text: '10.00', formula: true });
    expect(grid.get(0, 2).error).toBeUndefined();
    expect(grid.get(0, 4).text).toBe('产出指标');
    expect(grid.get(0, 5).text).toBe('政策依据');
    expect(grid.get(0, 6)).toMatchObject({ value: true, text: 'TRUE' });
    expect(grid.get(0, 7)).toMatchObject({ value: 45000, text: '2023-03-15' });
    expect(grid.get(0, 8)).toMatchObject({ value: '5万元', text: '5万元', formula: true });
  });

  test('shared strings repeated across cells all read back; empty strings are empty cells', async () => {
    const grid = await roundTrip((sheet) => {
      for (let r = 1; r <= 5; r++) put(sheet, `A${r}`, '年度工作计划');
      put(sheet, 'B1', '');
    });
    for (let r = 0; r < 5; r++) expect(grid.get(r, 0).text).toBe('年度工作计划');
    expect(grid.get(0, 1)).toEqual({ value: null, text: '' });
  });
});

describe('in-memory worksheet (no file)', () => {
  test('cells are placed at absolute positions even when the table starts at C5', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    put(sheet, 'C5', '一级指标');
    put(sheet, 'D7', 0.95, '0%');
    sheet.mergeCells('C5:D6');
    const grid = worksheetToGrid(sheet);
    expect(grid.get(4, 2).text).toBe('一级指标');
    expect(grid.get(5, 3).value).toBeNull();
    expect(grid.get(6, 3).text).toBe('95%');
    expect(grid.merges).toEqual([{ row: 4, col: 2, rows: 2, cols: 2 }]);
    expect(grid.sheetName).toBe('S');
  });

  test('the cell limit stops a huge sheet', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('S');
    for (let r = 1; r <= 20; r++) put(sheet, `A${r}`, r);
    expect(() => worksheetToGrid(sheet, { maxCells: 10 })).toThrow(/more than 10 cells/);
    expect(worksheetToGrid(sheet, { maxCells: 20 }).rowCount).toBe(20);
  });
});

describe('toGridCell', () => {
  test('a formula without a cached result is an empty formula cell', () => {
    expect(toGridCell({ formula: 'A1' }, undefined)).toEqual({ value: null, text: '', numberFormat: 'General', formula: true });
  });

  test('a shared formula keeps its result', () => {
    expect(toGridCell({ sharedFormula: 'A1', result: 0.5 }, '0%')).toMatchObject({ value: 0.5, text: '50%', formula: true });
  });

  test('a date in a 1904 workbook keeps the 1904 serial but shows the same date', () => {
    const cell = toGridCell(new Date(Date.UTC(2023, 2, 15)), 'yyyy/m/d', true);
    expect(cell).toMatchObject({ value: 45000 - 1462, text: '2023/3/15' });
  });

  test('an invalid number format falls back to General', () => {
    expect(displayNumber(2.5, 'bad[[format')).toBe('2.5');
  });

  test('null and undefined are empty', () => {
    expect(toGridCell(null, '0.00')).toBeNull();
    expect(toGridCell(undefined, undefined)).toBeNull();
  });
});
