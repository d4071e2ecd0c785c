/** Parsing stays linear: a department sheet of 100 stacked tables (~700 indicator rows) parses in a few ms. */
import linxi from '../../fixtures/linxi-raw.json';
import { parseSheet } from '../../../src/core/parse';
import { buildSheet, type RawTable } from '../../helpers/build-grid';

function sheetOf(tableCount: number) {
  const raws = linxi as RawTable[];
  return buildSheet(Array.from({ length: tableCount }, (_, i) => raws[i % raws.length]));
}

function bestTime(run: () => void, times = 25): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('parser speed', () => {
  // Under jest's vm sandbox every global lookup is several times slower than in Node or a browser
  // (≈4 ms there for 100 tables), so the bound here is loose; linear growth is the point.
  it('parses 100 tables quickly and grows linearly', () => {
    const small = sheetOf(100);
    const large = sheetOf(400);
    expect(parseSheet(small)).toHaveLength(100);
    const t100 = bestTime(() => parseSheet(small));
    const t400 = bestTime(() => parseSheet(large));
    expect(t100).toBeLessThan(60);
    expect(t400 / t100).toBeLessThan(8);
  });
});
