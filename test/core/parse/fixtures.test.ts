/**
 * The parser against grids built from the fixtures' transcriptions (`*-raw.json`): every table is found
 * and reads back exactly what was written.
 */
import huailai from '../../fixtures/huailai-raw.json';
import linxi from '../../fixtures/linxi-raw.json';
import zunhua from '../../fixtures/zunhua-raw.json';
import { parseSheet } from '../../../src/core/parse';
import type { GoalTable } from '../../../src/core/model';
import { buildSheet, type RawTable } from '../../helpers/build-grid';

const sets: Array<[string, RawTable[]]> = [
  ['linxi', linxi as RawTable[]],
  ['zunhua', zunhua as RawTable[]],
  ['huailai', huailai as RawTable[]],
];

/** The number a raw spend/budget string stands for: `30%` → 30 (percent), `5.00` → 5. */
const numberOf = (s: string | number | undefined): number | null =>
  s === undefined || s === '' ? null : Number(String(s).replace('%', ''));

function expectTableMatches(table: GoalTable, raw: RawTable, layout: 'form' | 'flat'): void {
  expect(table.layout).toBe(layout);
  expect(table.header.title.text).toBe(raw.title);
  expect(table.indicators).toHaveLength(raw.rows.length);
  table.indicators.forEach((indicator, i) => {
    const row = raw.rows[i];
    expect([indicator.name.text, indicator.description.text, indicator.value.text, indicator.basis.text]).toEqual(row.slice(2).map((s) => s.trim()));
    if (row[0]) expect(indicator.level1.text).toBe(row[0]);
    if (row[1]) expect(indicator.level2.text).toBe(row[1]);
    expect(indicator.level1Kind).not.toBeNull();
    expect(indicator.level2Kind).not.toBeNull();
  });
  expect(table.goals.map((g) => g.text)).toEqual((raw.goals ?? []).map(([, text]) => text));
  if (layout === 'flat') {
    expect(table.spend).toBeUndefined();
    expect(table.header.budget).toBeUndefined();
    return;
  }
  expect(table.header.name?.text).toBe(raw.name);
  expect(table.header.code?.text).toBe(raw.code);
  expect(table.header.dept?.text).toBe(raw.dept);
  expect(table.header.unit).toBe('万元');
  expect(table.header.budget?.amount).toBe(numberOf(raw.budget));
  expect(table.header.fiscal?.amount).toBe(numberOf(raw.fiscal));
  expect(table.header.other?.amount).toBe(numberOf(raw.other));
  expect(table.header.usage?.text).toBe(raw.usage ?? '');
  const spend = table.spend!;
  const percent = (raw.spend ?? []).some((v) => String(v).endsWith('%'));
  expect(spend.kind).toBe(percent ? 'percent' : 'amount');
  expect(spend.milestones.map((m) => m.label.text)).toEqual(['3月底', '6月底', '10月底', '12月底']);
  const expected = [0, 1, 2, 3].map((i) => numberOf(raw.spend?.[i]));
  expect(spend.milestones.map((m) => (percent ? m.percent : m.amount))).toEqual(expected);
}

describe.each(sets)('%s fixture tables rebuilt on one sheet', (_name, raws) => {
  it.each([
    ['form', 'form'],
    ['flat', 'flat'],
  ] as const)('%s layout: finds every table and reads it back', (_label, layout) => {
    const tables = parseSheet(buildSheet(raws, { layout }));
    expect(tables).toHaveLength(raws.length);
    tables.forEach((table, i) => expectTableMatches(table, raws[i], layout));
  });

  it('finds the same tables stacked with no blank rows, shifted right and down', () => {
    const tables = parseSheet(buildSheet(raws, { gap: 0, top: 3, left: 2 }));
    expect(tables).toHaveLength(raws.length);
    tables.forEach((table, i) => expectTableMatches(table, raws[i], 'form'));
    expect(tables[0].range.left).toBe(2);
    expect(tables[0].range.top).toBe(3);
  });
});
