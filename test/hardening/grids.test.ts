/**
 * The parser and every rule survive any sheet: random grids, random tables with a plausible structure,
 * and the fixtures' real tables mutated (cells deleted, swapped, junk, rows duplicated or removed,
 * columns swapped, merges dropped or added). They never throw, always finish quickly, and every
 * finding points inside the sheet with a known rule id and a renderable message.
 */
import fc from 'fast-check';
import { runs, TIMEOUT_MS } from './runs';
import { performance } from 'perf_hooks';
import type { Grid } from '../../src/core/grid';
import { parseSheet } from '../../src/core/parse';
import { resolveSettings, type Settings } from '../../src/core/settings';
import { validateSheet } from '../../src/core/validate';
import { FIXTURE_TABLES } from '../../bench/sheets';
import { buildSheet, cleanTable } from '../helpers/build-grid';
import { buildRawSheet, fromMatrix, gridOf, gridSpec, mutate, mutation, rawSheet, toMatrix } from './arbitraries';
import { assertSound } from './invariants';

/** Every rule on, the off-by-default ones included, and both frameworks. */
const SETTINGS: Settings[] = [
  resolveSettings({ pacing: [25, 50, 75, 100] }),
  resolveSettings({ framework: '2021', pacing: [10, 40, 80, 100], satisfaction: { min: 80, max: 99 } }),
];

/** A sheet this small must be done in well under this (a hang or a blow-up fails fast). */
const TIME_LIMIT_MS = 1000;

function check(grid: Grid, settings: Settings = SETTINGS[0]): void {
  const start = performance.now();
  parseSheet(grid);
  const result = validateSheet(grid, settings);
  const elapsed = performance.now() - start;
  if (elapsed > TIME_LIMIT_MS) throw new Error(`took ${elapsed.toFixed(0)} ms on a ${grid.rowCount}×${grid.colCount} sheet`);
  assertSound(grid, result);
}

const settings = fc.constantFrom(...SETTINGS);

describe('parseSheet and validateSheet never throw', () => {
  test('on random grids (domain labels and values, merges, anywhere on the sheet)', () => {
    fc.assert(fc.property(gridSpec, settings, (spec, s) => check(gridOf(spec), s)), { numRuns: runs(1500) });
  }, TIMEOUT_MS);

  test('on random tables with a plausible structure', () => {
    fc.assert(fc.property(rawSheet, settings, (sheet, s) => check(buildRawSheet(sheet), s)), { numRuns: runs(1200) });
  }, TIMEOUT_MS);

  test('on mutated fixture tables', () => {
    const source = fc.record({
      first: fc.nat(FIXTURE_TABLES.length - 1),
      count: fc.integer({ min: 1, max: 3 }),
      flat: fc.boolean(),
      numbers: fc.boolean(),
    });
    fc.assert(
      fc.property(source, fc.array(mutation, { minLength: 1, maxLength: 8 }), settings, ({ first, count, flat, numbers }, ops, s) => {
        const tables = FIXTURE_TABLES.slice(first, first + count);
        const matrix = toMatrix(buildSheet(tables, { layout: flat ? 'flat' : 'form', numbers }));
        for (const op of ops) mutate(matrix, op);
        check(fromMatrix(matrix), s);
      }),
      { numRuns: runs(1500) },
    );
  }, TIMEOUT_MS);

  test('the unmutated fixtures are sound too (the yardstick the mutations start from)', () => {
    for (const layout of ['form', 'flat'] as const) {
      const grid = buildSheet([...FIXTURE_TABLES], { layout });
      const result = validateSheet(grid, SETTINGS[0]);
      expect(result.tables).toHaveLength(FIXTURE_TABLES.length);
      assertSound(grid, result);
    }
  });
});

describe('numbers at the edge of what Excel holds', () => {
  // Excel holds numbers up to 9.99E+307: a percent (×100), 亿元 → 元, or rounding to cents overflows a double.
  test.each([
    ['a budget in 亿元 in a 元 table', '预算数', [0, 1], { value: 9.99e307, text: '9.99E+307亿元', numberFormat: '0.00"亿元"' }],
    ['a budget near the largest double', '预算数', [0, 1], { value: -1.7e308, text: '-1.7E+308', numberFormat: 'General' }],
    ['a percent-formatted indicator value', '≥90%', [0, 0], { value: 9.99e307, text: '9.99E+309%', numberFormat: '0%' }],
    ['a percent-formatted spend value', '12月底', [1, 0], { value: 9.99e307, text: '9.99E+309%', numberFormat: '0%' }],
  ] as const)('%s never reaches a message as Infinity', (_, label, [down, right], cell) => {
    const grid = buildSheet([cleanTable({ unit: '单位：元' })]);
    const at = findText(grid, label);
    grid.set(at.row + down, at.col + right, { ...cell });
    assertSound(grid, validateSheet(grid, SETTINGS[0]));
  });

  test('a budget near zero does not overflow the spend-plan share', () => {
    const grid = buildSheet([cleanTable({ budget: 1e-300, fiscal: 1e-300, spend: [-1e10, 2e10, 3e10, 4e10] })]);
    assertSound(grid, validateSheet(grid, SETTINGS[0]));
  });
});

function findText(grid: Grid, text: string): { row: number; col: number } {
  for (let row = 0; row < grid.rowCount; row++) for (let col = 0; col < grid.colCount; col++) if (grid.text(row, col) === text) return { row, col };
  throw new Error(`no cell ${text}`);
}
