import { builtinLibrary } from '../../../src/core/templates/library';
import { formatBudget } from '../../../src/core/templates/money';
import { BUDGET_TO_FILL, groupedCells, renderTemplate, templateTable, TemplateError } from '../../../src/core/templates/render';

describe('formatBudget', () => {
  test.each([
    [5, '5'],
    [0.35, '0.35'],
    [16.64, '16.64'],
    [125.4, '125.4'],
    [1234.5678, '1234.56'],
    [30000, '30000'],
    [0.5, '0.5'],
    [2.999, '2.99'],
    [0.004, '0.004'],
    [0, '0'],
  ])('%p → %s', (budget, text) => expect(formatBudget(budget)).toBe(text));

  test('never exceeds the budget and loses less than a cent', () => {
    for (let i = 0; i < 2000; i++) {
      const budget = Math.round(Math.random() * 1e8) / 10 ** (i % 7);
      const shown = Number(formatBudget(budget));
      expect(shown).toBeLessThanOrEqual(budget);
      expect(budget - shown).toBeLessThan(budget < 0.01 ? budget : 0.01);
    }
  });

  test('refuses what is not an amount', () => {
    expect(() => formatBudget(Number.NaN)).toThrow(RangeError);
    expect(() => formatBudget(-1)).toThrow(RangeError);
  });
});

describe('renderTemplate', () => {
  test('substitutes the budget and the unit into the cost row', () => {
    const rows = renderTemplate('bravery-award', { budget: 16.64, unit: '元' });
    const cost = rows.find((r) => r.level2 === '成本指标')!;
    expect(cost.value).toBe('≤16.64元');
    expect(cost.description).toContain('16.64元');
    expect(rows.some((r) => /\{(budget|unit)\}/.test(Object.values(r).join('')))).toBe(false);
  });

  test('defaults to 万元 and marks a missing budget as to be filled in', () => {
    const cost = renderTemplate('stability').find((r) => r.level2 === '成本指标')!;
    expect(cost.value).toBe(`≤${BUDGET_TO_FILL}万元`);
  });

  test('accepts the Chinese name of a type', () => {
    expect(renderTemplate('见义勇为', { budget: 5 })).toEqual(renderTemplate('bravery-award', { budget: 5 }));
  });

  test('an unknown type is a clear error', () => {
    expect(() => renderTemplate('no-such-type')).toThrow(TemplateError);
    expect(() => renderTemplate('no-such-type')).toThrow(/未知的项目类型/);
  });

  test('2021 framework moves cost to its own 一级', () => {
    const rows = renderTemplate('generic', { budget: 3, framework: '2021' });
    const cost = rows.find((r) => r.value.startsWith('≤3'))!;
    expect([cost.level1, cost.level2]).toEqual(['成本指标', '经济成本指标']);
    expect(rows.filter((r) => r.level1 === '产出指标').map((r) => r.level2)).not.toContain('成本指标');
  });
});

describe('groupedCells / templateTable', () => {
  test('a repeated 一级 or 二级 is blank so that it joins the merged group above', () => {
    const rows = groupedCells(renderTemplate('major-cases', { budget: 5 }));
    expect(rows[0].slice(0, 2)).toEqual(['产出指标', '数量指标']);
    expect(rows[1].slice(0, 2)).toEqual(['', '']);
    expect(rows[2].slice(0, 2)).toEqual(['', '质量指标']);
    expect(rows.every((r) => r.length === 6)).toBe(true);
  });

  test('a whole table has a title, the budget, a plan ending at 100% and the goal text', () => {
    const table = templateTable('insurance', { budget: 7, project: '干警人身意外伤害保险费' });
    expect(table.title).toBe('干警人身意外伤害保险费绩效目标表');
    expect([table.budget, table.fiscal, table.other]).toEqual(['7', '7', '0']);
    expect(table.spend[table.spend.length - 1]).toBe('100%');
    expect(table.goals[0][1]).not.toBe('');
    expect(table.rows.length).toBe(builtinLibrary().templates.find((t) => t.id === 'insurance')!.rows.length);
  });
});
