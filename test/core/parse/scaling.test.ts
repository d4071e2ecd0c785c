/**
 * The parser is linear in the sheet's size: ten times the tables costs ten times the grid reads, whatever
 * the mix of layouts (form, flat, titled forms without indicators) and gaps. Counting reads rather than
 * timing keeps the test exact on a busy machine; a scan per table over the rows or merges above it would
 * show as a ratio far above 10.
 */
import huailai from '../../fixtures/huailai-raw.json';
import linxi from '../../fixtures/linxi-raw.json';
import zunhua from '../../fixtures/zunhua-raw.json';
import { Grid, type Cell, type Merge } from '../../../src/core/grid';
import { parseSheet } from '../../../src/core/parse';
import { type RawTable, writeFlatTable, writeFormTable } from '../../helpers/build-grid';

class CountingGrid extends Grid {
  reads = 0;

  override get(row: number, col: number): Cell {
    this.reads++;
    return super.get(row, col);
  }

  override mergeOf(row: number, col: number): Merge | undefined {
    this.reads++;
    return super.mergeOf(row, col);
  }
}

const SHAPES = [...(linxi as RawTable[]), ...(zunhua as RawTable[]), ...(huailai as RawTable[])];

function sheetOf(count: number): CountingGrid {
  const grid = new CountingGrid();
  let row = 0;
  for (let i = 0; i < count; i++) {
    const shape = SHAPES[i % SHAPES.length];
    const table = { ...shape, title: `${i + 1}.${shape.title.replace(/^\s*\d+[.．、]\s*/, '')}` };
    if (i % 5 === 4) row = writeFlatTable(grid, table, row);
    else row = writeFormTable(grid, i % 7 === 6 ? { ...table, rows: [] } : table, row);
    row += i % 3;
  }
  grid.reads = 0;
  return grid;
}

describe('parser scaling', () => {
  it('reads the grid a number of times linear in the number of tables', () => {
    const small = sheetOf(60);
    const large = sheetOf(600);
    expect(parseSheet(small)).toHaveLength(60);
    expect(parseSheet(large)).toHaveLength(600);
    const ratio = large.reads / small.reads;
    expect(ratio).toBeGreaterThan(9);
    expect(ratio).toBeLessThan(10.5);
  });
});
