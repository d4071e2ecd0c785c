/**
 * Value and label parsing never throws, whatever the text: random strings (any code point, lone
 * surrogates included), domain tokens glued together, and cells of every kind.
 */
import fc from 'fast-check';
import { runs, TIMEOUT_MS } from './runs';
import { parseValue, parseText, parseMoney, labelKey, level1KindOf, level2KindOf, formFieldOf, headerColumnOf } from '../../src/core/parse';
import type { ParsedValue } from '../../src/core/model';
import { cell, LABELS, VALUES } from './arbitraries';

const KINDS = new Set(['empty', 'error', 'number', 'deadline', 'qualitative', 'text']);

function assertParsed(parsed: ParsedValue): void {
  if (!KINDS.has(parsed.kind)) throw new Error(`unknown kind ${parsed.kind}`);
  if (typeof parsed.raw !== 'string') throw new Error('raw is not a string');
  if (parsed.kind === 'number' && !Number.isFinite(parsed.number)) throw new Error(`${parsed.number} from ${JSON.stringify(parsed.raw)}`);
  if (parsed.kind === 'deadline' && parsed.month !== undefined && (parsed.month < 1 || parsed.month > 12)) {
    throw new Error(`month ${parsed.month} from ${JSON.stringify(parsed.raw)}`);
  }
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 20 }),
  fc.array(fc.constantFrom(...LABELS, ...VALUES, '≥', '≤', '＞', '＝', '%', '％', '万', '元', '亿', '/', '人', '月', '底', '前', '以上', '以内', '１', '９', '．', ',', '，', ' ', '\n', 'e', '-', '+'), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.double().map(String),
  fc.bigInt().map((n) => `≥${n}万元`),
);

describe('value and label parsing never throws', () => {
  test('parseText on any string', () => {
    fc.assert(fc.property(anyText, (s) => assertParsed(parseText(s))), { numRuns: runs(4000) });
  }, TIMEOUT_MS);

  test('parseValue and parseMoney on any cell', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('元', '千元', '万元', '亿元' as const), (c, unit) => {
        assertParsed(parseValue(c));
        const money = parseMoney(c, unit);
        assertParsed(money.parsed);
        if (money.amount !== null && !Number.isFinite(money.amount)) throw new Error(`amount ${money.amount}`);
      }),
      { numRuns: runs(2500) },
    );
  }, TIMEOUT_MS);

  test('label matchers on any string', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        labelKey(s);
        level1KindOf(s);
        level2KindOf(s);
        formFieldOf(s);
        headerColumnOf(s);
      }),
      { numRuns: runs(1500) },
    );
  }, TIMEOUT_MS);

  test('a huge number in a percent or money format overflows to no number, never to Infinity', () => {
    // Excel holds numbers up to 9.99E+307: ×100 for a percent, or 亿元 → 元, overflows a double.
    assertParsed(parseValue({ value: 9.99e307, text: '9.99E+309%', numberFormat: '0%' }));
    const money = parseMoney({ value: 9.99e307, text: '9.99E+307亿元', numberFormat: '0.00"亿元"' }, '元');
    expect(money.amount === null || Number.isFinite(money.amount)).toBe(true);
  });

  test('digits too many for a double never parse to Infinity', () => {
    for (const s of ['9'.repeat(400), `≥${'9'.repeat(400)}万元`, '１'.repeat(350) + '%', '-' + '9'.repeat(400), '≤1e400']) {
      assertParsed(parseText(s));
    }
  });
});
