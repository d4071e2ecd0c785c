/**
 * Random and mutated grids never crash the parser, and whatever it finds is consistent: tables in sheet
 * order without overlap, indicator rows inside their table below its header, every `at` on the sheet.
 */
import fc from 'fast-check';
import huailai from '../../fixtures/huailai-raw.json';
import linxi from '../../fixtures/linxi-raw.json';
import { Grid } from '../../../src/core/grid';
import type { GoalTable } from '../../../src/core/model';
import { parseSheet } from '../../../src/core/parse';
import { buildSheet, cellOf, type RawTable } from '../../helpers/build-grid';

const VOCABULARY = [
  '1.见义勇为基金绩效目标表', '绩效目标', '项目编码', '项目名称', '预算规模及资金用途', '预算数', '其中：财政资金', '其他资金',
  '资金支出计划（%）', '3月底', '6月底', '10月底', '12月底', '目标1', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值',
  '指标值确定依据', '产出指标', '效益指标', '满意度指标', '数量指标', '成本指标', '服务对象满意度', '单位：万元', '注：', '≥100 件',
  '≤5万元', '12月底前', '#REF!', '30%', '5.00', '0', '是', '１２３', '————', '', ' ', '\n',
];

const cellText = fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ maxLength: 12 }), fc.double({ noNaN: false }).map(String));

const randomGrid = fc
  .record({
    cells: fc.array(fc.tuple(fc.nat(40), fc.nat(9), cellText), { maxLength: 200 }),
    merges: fc.array(fc.tuple(fc.nat(40), fc.nat(9), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })), { maxLength: 20 }),
  })
  .map(({ cells, merges }) => {
    const grid = new Grid();
    for (const [row, col, text] of cells) grid.set(row, col, cellOf(text));
    for (const [row, col, rows, cols] of merges) if (rows > 1 || cols > 1) grid.addMerge({ row, col, rows, cols });
    return grid;
  });

/** Problems with the parse result ([] when consistent); plain checks, as thousands of runs go through here. */
function inconsistencies(tables: GoalTable[], grid: Grid): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  const onSheet = (p: { row: number; col: number }, what: string) => check(p.row >= 0 && p.col >= 0, `${what} off the sheet`);
  tables.forEach((table, i) => {
    const { range } = table;
    check(table.index === i, `table ${i}: index`);
    check(range.top <= range.bottom && range.left <= range.right, `table ${i}: empty range`);
    check(range.bottom < Math.max(grid.rowCount, 1), `table ${i}: range below the sheet`);
    if (i > 0) check(range.top > tables[i - 1].range.bottom, `table ${i}: overlaps table ${i - 1}`);
    onSheet(table.header.title.at, `table ${i}: title`);
    onSheet(table.goalsAt, `table ${i}: goals`);
    let previous = table.indicatorHeader.row;
    for (const indicator of table.indicators) {
      check(indicator.row > previous && indicator.row <= range.bottom, `table ${i}: indicator row ${indicator.row} out of order`);
      previous = indicator.row;
      for (const f of [indicator.level1, indicator.level2, indicator.name, indicator.description, indicator.value, indicator.basis]) {
        onSheet(f.at, `table ${i} row ${indicator.row}`);
      }
    }
    table.spend?.milestones.forEach((m) => onSheet(m.value.at, `table ${i}: milestone`));
  });
  return problems;
}

describe('parser robustness', () => {
  it('never throws on random grids and returns consistent tables', () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        expect(inconsistencies(parseSheet(grid), grid)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated fixture sheets', () => {
    const base = [...(linxi as RawTable[]).slice(0, 4), ...(huailai as RawTable[]).slice(0, 2)];
    const mutation = fc.array(fc.tuple(fc.nat(110), fc.nat(7), cellText), { maxLength: 30 });
    fc.assert(
      fc.property(mutation, fc.constantFrom<'form' | 'flat'>('form', 'flat'), fc.nat(2), (edits, layout, gap) => {
        const grid = buildSheet(base, { layout, gap });
        for (const [row, col, text] of edits) grid.set(row, col, cellOf(text));
        expect(inconsistencies(parseSheet(grid), grid)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on a fixture sheet whose rows were shuffled', () => {
    const grid = buildSheet(linxi as RawTable[]);
    const shuffled = new Grid();
    const order = Array.from({ length: grid.rowCount }, (_, i) => i).sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101));
    order.forEach((from, to) => {
      for (let c = 0; c < grid.colCount; c++) {
        const cell = grid.get(from, c);
        if (cell.value !== null) shuffled.set(to, c, cell);
      }
    });
    expect(() => parseSheet(shuffled)).not.toThrow();
  });
});
