/**
 * SPEC §3: every template, inserted into a table of any budget, passes every rule with no error and no
 * warning. Each template is written into an ordinary form table (build-grid) and run through validateSheet.
 */
import { Grid } from '../../../src/core/grid';
import type { MoneyUnit } from '../../../src/core/model';
import { builtinLibrary } from '../../../src/core/templates/library';
import { formatBudget } from '../../../src/core/templates/money';
import { formTableGrid } from '../../../src/core/templates/layout';
import { groupedCells, renderTemplate, templateTable } from '../../../src/core/templates/render';
import { validateSheet } from '../../../src/core/validate';
import { cleanTable, writeFormTable, type RawTable } from '../../helpers/build-grid';

const BUDGETS = [0.5, 5, 16.64, 1234.5678, 30000];
const UNITS: MoneyUnit[] = ['万元', '元'];
const TYPES = builtinLibrary().templates.map((t) => t.id);

function complaints(table: RawTable): string[] {
  const grid = new Grid('Sheet1');
  writeFormTable(grid, table, 0);
  const result = validateSheet(grid);
  return result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.rule} ${f.cell} ${JSON.stringify(f.args)}`);
}

describe.each(TYPES)('template %s passes every rule', (type) => {
  test.each(UNITS)('in an ordinary table, unit %s, every budget', (unit) => {
    const found: Record<string, string[]> = {};
    for (const budget of BUDGETS) {
      const text = formatBudget(budget);
      const table = cleanTable({
        name: `${type}项目`,
        unit: `单位：${unit}`,
        budget: String(budget),
        fiscal: String(budget),
        spend: ['25%', '50%', '75%', '100%'],
        rows: groupedCells(renderTemplate(type, { budget, unit })),
      });
      const list = complaints(table);
      if (list.length) found[text] = list;
    }
    expect(found).toEqual({});
  });

  test('as a whole new table (templateTable)', () => {
    for (const budget of BUDGETS) {
      const spec = templateTable(type, { budget, code: '13053522P009631100010', usage: '用于项目实施。' });
      expect(complaints(spec)).toEqual([]);
    }
  });

  test('as laid out for a new sheet (formTableGrid)', () => {
    for (const budget of BUDGETS) {
      const spec = templateTable(type, { budget, code: '13053522P009631100010', usage: '用于项目实施。' });
      const { grid } = formTableGrid(spec);
      const result = validateSheet(grid);
      expect(result.tables).toHaveLength(1);
      expect(result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    }
  });

  test('in the 2021 framework', () => {
    const rows = groupedCells(renderTemplate(type, { budget: 16.64, framework: '2021' }));
    expect(complaints(cleanTable({ budget: '16.64', fiscal: '16.64', spend: ['25%', '50%', '75%', '100%'], rows }))).toEqual([]);
  });
});

test('the check is live: a broken template row is reported', () => {
  const rows = groupedCells(renderTemplate('generic', { budget: 5 }));
  const broken = rows.map((r) => (r[1] === '成本指标' ? [...r.slice(0, 4), '≥6万元', r[5]] : r));
  const grid = new Grid('Sheet1');
  writeFormTable(grid, cleanTable({ rows: broken, spend: ['25%', '50%', '75%', '100%'], budget: '5', fiscal: '5' }), 0);
  expect(validateSheet(grid).tables).toHaveLength(1);
  expect(validateSheet(grid).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['cost/direction', 'cost/exceeds-budget']));
});
