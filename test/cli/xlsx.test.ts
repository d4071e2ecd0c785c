import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { UnreadableFileError, type UnreadableReason } from '../../src/cli/errors';
import { readWorkbook, workbookToGrids } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/grid';
import { fixture, tempDir } from './helpers';

const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('reading the fixtures', () => {
  const expected: Array<[string, number]> = [
    ['linxi.xlsx', 1],
    ['zunhua.xlsx', 12],
    ['huailai.xlsx', 1],
    ['huailai-flat.xlsx', 1],
  ];

  test.each(expected)('%s has %i sheet(s), each with content and merges', async (name, sheets) => {
    const { grids } = await readWorkbook(fixture(name));
    expect(grids).toHaveLength(sheets);
    for (const grid of grids) {
      expect(grid.rowCount).toBeGreaterThan(5);
      expect(grid.merges.length).toBeGreaterThan(0);
    }
  });

  test.each(expected)('%s: every merged area holds its value in the top-left cell only', async (name) => {
    const { grids } = await readWorkbook(fixture(name));
    for (const grid of grids) expectMergedValuesTopLeftOnly(grid);
  });

  test('zunhua keeps percent plans as fractions shown as percentages', async () => {
    const { grids } = await readWorkbook(fixture('zunhua.xlsx'));
    const percentCells = grids.flatMap((grid) => cellsWhere(grid, (c) => c.numberFormat === '0%' && typeof c.value === 'number'));
    expect(percentCells.length).toBeGreaterThan(12);
    for (const cell of percentCells) {
      expect(cell.value as number).toBeLessThanOrEqual(1.5);
      expect(cell.text).toBe(`${Math.round((cell.value as number) * 100)}%`);
    }
  });

  test('linxi shows its 0.00-formatted amounts with two decimals', async () => {
    const { grids } = await readWorkbook(fixture('linxi.xlsx'));
    const amounts = cellsWhere(grids[0], (c) => c.numberFormat === '0.00');
    expect(amounts.length).toBeGreaterThan(50);
    for (const cell of amounts) expect(cell.text).toBe((cell.value as number).toFixed(2));
  });
});

function cellsWhere(grid: Grid, keep: (cell: ReturnType<Grid['get']>) => boolean) {
  const cells = [];
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) if (keep(grid.get(r, c))) cells.push(grid.get(r, c));
  }
  return cells;
}

function expectMergedValuesTopLeftOnly(grid: Grid): void {
  for (const m of grid.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) {
        if (r === m.row && c === m.col) continue;
        expect({ sheet: grid.sheetName, row: r, col: c, value: grid.get(r, c).value }).toEqual({
          sheet: grid.sheetName,
          row: r,
          col: c,
          value: null,
        });
      }
    }
  }
}

describe('unreadable files give a clear error', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => tmp.cleanup());

  async function reason(file: string, limits?: Parameters<typeof readWorkbook>[1]): Promise<UnreadableFileError> {
    const error = await readWorkbook(file, limits).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableFileError);
    const unreadable = error as UnreadableFileError;
    expect(unreadable.message).toMatch(/[\u4e00-\u9fff]/); // Chinese
    expect(unreadable.message).toMatch(/[a-z]{3,}/); // and English
    expect(unreadable.file).toBe(file);
    return unreadable;
  }

  function write(name: string, content: Buffer | string): string {
    const file = path.join(tmp.dir, name);
    writeFileSync(file, content);
    return file;
  }

  const cases: Array<[string, UnreadableReason, () => string]> = [
    ['a missing file', 'missing', () => path.join(tmp.dir, 'nope.xlsx')],
    ['a directory', 'directory', () => {
      const dir = path.join(tmp.dir, 'folder.xlsx');
      mkdirSync(dir, { recursive: true });
      return dir;
    }],
    ['an empty file', 'empty-file', () => write('empty.xlsx', '')],
    ['an OLE2 file (.xls or encrypted)', 'ole2', () => write('old.xls', Buffer.concat([OLE2_MAGIC, Buffer.alloc(504)]))],
    ['a text file', 'not-xlsx', () => write('notes.xlsx', '项目名称,预算数\n')],
    ['a corrupt zip', 'not-xlsx', () => write('broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]))],
  ];

  test.each(cases)('%s', async (_label, expected, make) => {
    expect((await reason(make())).reason).toBe(expected);
  });

  test('the OLE2 message tells the user to save as .xlsx', async () => {
    const error = await reason(write('enc.xlsx', Buffer.concat([OLE2_MAGIC, Buffer.alloc(100)])));
    expect(error.message).toContain('这是 .xls 或加密的工作簿');
    expect(error.message).toContain('另存为 .xlsx');
  });

  test('a file over the size limit', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').getCell('A1').value = 'x';
    const file = path.join(tmp.dir, 'big.xlsx');
    await workbook.xlsx.writeFile(file);
    const error = await reason(file, { maxBytes: 100, maxCells: 1_000_000 });
    expect(error.reason).toBe('too-large');
    expect(error.message).toMatch(/MB/);
  });

  test('a workbook over the cell limit, counted over all sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['一', '二']) {
      const sheet = workbook.addWorksheet(name);
      for (let r = 1; r <= 6; r++) sheet.getCell(r, 1).value = r;
    }
    const file = path.join(tmp.dir, 'cells.xlsx');
    await workbook.xlsx.writeFile(file);
    expect((await reason(file, { maxBytes: 1e9, maxCells: 10 })).reason).toBe('too-large');
    await expect(readWorkbook(file, { maxBytes: 1e9, maxCells: 12 })).resolves.toMatchObject({ grids: [{}, {}] });
  });

  test('a workbook without sheets', () => {
    expect(() => workbookToGrids('none.xlsx', new ExcelJS.Workbook())).toThrow(UnreadableFileError);
  });
});
