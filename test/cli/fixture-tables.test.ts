/**
 * The fixtures through the whole CLI (reader → parser → JSON): every table found, with its indicator count
 * equal to the transcription (`*-raw.json`) and its rows where truth.json puts them.
 */
import { run } from '../../src/cli/program';
import { readWorkbook } from '../../src/cli/xlsx';
import { parseRangeA1 } from '../../src/core/grid';
import { builtinLibrary } from '../../src/core/templates';
import { validateSheet } from '../../src/core/validate';
import type { RawTable } from '../helpers/build-grid';
import { captureIO, fixture } from './helpers';

interface TruthEntry {
  file: string;
  sheet: string;
  table: number;
  key: string;
  level: string;
  rows: number[];
}

interface JsonTable {
  title: string;
  project: string;
  range: string;
  indicators: number;
  type: string | null;
}

const TYPE_IDS = new Set(builtinLibrary().templates.map((t) => t.id));

const truth: TruthEntry[] = require('../fixtures/truth.json');
const RAW: Record<string, RawTable[]> = {
  'linxi.xlsx': require('../fixtures/linxi-raw.json'),
  'zunhua.xlsx': require('../fixtures/zunhua-raw.json'),
  'huailai.xlsx': require('../fixtures/huailai-raw.json'),
  'huailai-flat.xlsx': require('../fixtures/huailai-raw.json'),
};

const EXPECTED_TABLES: Record<string, number[]> = {
  'linxi.xlsx': [14],
  'zunhua.xlsx': new Array(12).fill(1),
  'huailai.xlsx': [7],
  'huailai-flat.xlsx': [7],
};


/** Labels are matched without spaces and line breaks, as the parser reads them. */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The indicator range of every table of a file, in sheet order, grouped by sheet. */
function truthRanges(file: string): Map<string, TruthEntry[]> {
  const bySheet = new Map<string, TruthEntry[]>();
  for (const entry of truth.filter((t) => t.file === file && t.key === 'indicators')) {
    bySheet.set(entry.sheet, [...(bySheet.get(entry.sheet) ?? []), entry]);
  }
  for (const entries of bySheet.values()) entries.sort((a, b) => a.table - b.table);
  return bySheet;
}

describe('fixture tables through the CLI JSON', () => {
  test.each(Object.keys(EXPECTED_TABLES))('%s', async (file) => {
    const out = captureIO();
    const code = await run(['check', fixture(file), '--format', 'json'], out.io);
    expect(code).toBeLessThan(2);
    const sheets: Array<{ name: string; tables: JsonTable[] }> = JSON.parse(out.stdout()).files[0].sheets;
    expect(sheets.map((s) => s.tables.length)).toEqual(EXPECTED_TABLES[file]);

    const ranges = truthRanges(file);
    for (const sheet of sheets) {
      const expected = ranges.get(sheet.name) ?? [];
      expect(sheet.tables).toHaveLength(expected.length);
      sheet.tables.forEach((table, i) => {
        const entry = expected[i];
        const raw = RAW[file][entry.table - 1];
        const where = `${file} ${sheet.name} table ${entry.table}`;
        expect({ where, title: squash(table.title) }).toEqual({ where, title: squash(raw.title) });
        expect({ where, indicators: table.indicators }).toEqual({ where, indicators: raw.rows.length });
        const range = parseRangeA1(table.range);
        const [first, last] = entry.rows;
        expect({ where, bottom: range.bottom + 1 }).toEqual({ where, bottom: last });
        expect(range.top + 1).toBeLessThan(first);
        if (raw.name) expect(squash(table.project)).toBe(squash(raw.name));
        expect(TYPE_IDS.has(table.type ?? '')).toBe(true);
      });
    }
  });

  test.each(Object.keys(EXPECTED_TABLES))('%s: indicator rows match truth.json', async (file) => {
    const { grids } = await readWorkbook(fixture(file));
    const ranges = truthRanges(file);
    for (const grid of grids) {
      const { tables } = validateSheet(grid);
      const expected = ranges.get(grid.sheetName) ?? [];
      expect(tables.map((t) => [t.indicators[0]?.row + 1, t.indicators.at(-1)!.row + 1])).toEqual(
        expected.map((e) => e.rows),
      );
    }
  });
});
