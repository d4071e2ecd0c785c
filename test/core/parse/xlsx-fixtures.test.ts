/**
 * The parser on the real fixture workbooks, read by the CLI's .xlsx reader: table counts, indicator rows
 * where truth.json puts them, budgets and spend plans as transcribed in `*-raw.json`.
 */
import { join } from 'node:path';
import huailai from '../../fixtures/huailai-raw.json';
import linxi from '../../fixtures/linxi-raw.json';
import truth from '../../fixtures/truth.json';
import zunhua from '../../fixtures/zunhua-raw.json';
import { readWorkbook } from '../../../src/cli/xlsx';
import type { GoalTable } from '../../../src/core/model';
import { parseSheet } from '../../../src/core/parse';
import type { RawTable } from '../../helpers/build-grid';

interface TruthEntry {
  file: string;
  table: number;
  key: string;
  rows: number[];
}

const fixtures: Array<{ file: string; raw: RawTable[]; sheets: number; layout: 'form' | 'flat' }> = [
  { file: 'linxi.xlsx', raw: linxi as RawTable[], sheets: 1, layout: 'form' },
  { file: 'zunhua.xlsx', raw: zunhua as RawTable[], sheets: 12, layout: 'form' },
  { file: 'huailai.xlsx', raw: huailai as RawTable[], sheets: 1, layout: 'form' },
  { file: 'huailai-flat.xlsx', raw: huailai as RawTable[], sheets: 1, layout: 'flat' },
];

const numberOf = (s: string | number | undefined): number | null =>
  s === undefined || s === '' ? null : Number(String(s).replace('%', ''));

/** truth.json's 1-based Excel rows of the first and last indicator row of each table, in order. */
function indicatorRanges(file: string): number[][] {
  return (truth as TruthEntry[])
    .filter((t) => t.file === file && t.key === 'indicators')
    .sort((a, b) => a.table - b.table)
    .map((t) => t.rows);
}

describe.each(fixtures)('$file', ({ file, raw, sheets, layout }) => {
  let tables: GoalTable[];
  let sheetCount: number;

  beforeAll(async () => {
    const { grids } = await readWorkbook(join(__dirname, '../../fixtures', file));
    sheetCount = grids.length;
    tables = grids.flatMap((grid) => parseSheet(grid));
  });

  it('finds every table on every sheet', () => {
    expect(sheetCount).toBe(sheets);
    expect(tables).toHaveLength(raw.length);
    expect(tables.map((t) => t.layout)).toEqual(raw.map(() => layout));
    expect(tables.map((t) => t.header.title.text)).toEqual(raw.map((t) => t.title));
  });

  it('puts the indicator rows where truth.json says', () => {
    const ranges = tables.map((t) => [t.indicators[0].row + 1, t.indicators[t.indicators.length - 1].row + 1]);
    expect(ranges).toEqual(indicatorRanges(file));
    expect(tables.map((t) => t.indicators.length)).toEqual(raw.map((t) => t.rows.length));
  });

  it('reads every indicator cell as transcribed, with its 一级 and 二级', () => {
    tables.forEach((table, i) => {
      table.indicators.forEach((indicator, j) => {
        const row = raw[i].rows[j];
        expect([indicator.name.text, indicator.description.text, indicator.value.text, indicator.basis.text]).toEqual(row.slice(2));
        expect(indicator.level1Kind).not.toBeNull();
        expect(indicator.level2Kind).not.toBeNull();
      });
    });
  });

  if (layout === 'flat') {
    it('has no budget and no spend plan', () => {
      for (const table of tables) {
        expect(table.spend).toBeUndefined();
        expect(table.header.budget).toBeUndefined();
      }
    });
    return;
  }

  it('reads the project header and budget', () => {
    tables.forEach((table, i) => {
      expect(table.header.name?.text).toBe(raw[i].name);
      expect(table.header.code?.text).toBe(raw[i].code);
      expect(table.header.unit).toBe('万元');
      expect(table.header.budget?.amount).toBe(numberOf(raw[i].budget));
      expect(table.header.fiscal?.amount).toBe(numberOf(raw[i].fiscal));
      expect(table.header.other?.parsed.kind).toBe('empty');
    });
  });

  it('reads the spend plan as amounts or percentages', () => {
    tables.forEach((table, i) => {
      const expected = raw[i].spend ?? [];
      const percent = expected.some((v) => String(v).endsWith('%'));
      expect(table.spend?.kind).toBe(percent ? 'percent' : 'amount');
      const values = table.spend!.milestones.map((m) => (percent ? m.percent : m.amount));
      expect(values).toEqual([0, 1, 2, 3].map((k) => numberOf(expected[k])));
    });
  });
});
