import fc from 'fast-check';
import { Grid } from '../../src/core/grid';
import type { Finding } from '../../src/core/findings';
import { RULES, ruleById } from '../../src/core/rules';
import { resolveSettings } from '../../src/core/settings';
import { validateSheet } from '../../src/core/validate';
import { buildSheet, cleanTable, type RawTable } from '../helpers/build-grid';

const b = '年度工作计划';

/** A table with one error (处置率 ≤100%: warning), one error-level finding (≥100%) and one info (100%). */
function flawedTable(overrides: Partial<RawTable> = {}): RawTable {
  const rows = cleanTable().rows.slice();
  rows[1] = ['', '质量指标', '处置率', '大案要案查处人数与应查处人数处置率', '≤100%', b];
  rows.splice(2, 0, ['', '质量指标', '基金发放完成率', '见义勇为基金发放完成率', '≥100%', b]);
  rows.splice(3, 0, ['', '质量指标', '资金到位率', '资金到位比率', '100%', b]);
  return cleanTable({ rows, ...overrides });
}

describe('validateSheet', () => {
  it('finds nothing at error or warning level in a clean table, form or flat', () => {
    for (const layout of ['form', 'flat'] as const) {
      const result = validateSheet(buildSheet([cleanTable()], { layout }));
      expect(result.tables).toHaveLength(1);
      expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('reports findings as data: rule, severity, cell, message id, args, table', () => {
    const grid = buildSheet([cleanTable(), flawedTable({ title: '2.大要案查处工作经费绩效目标表', name: '大要案查处工作经费' })]);
    const { findings, sheetName } = validateSheet(grid);
    expect(sheetName).toBe('Sheet1');
    const direction = findings.find((f) => f.rule === 'value/direction')!;
    expect(direction).toEqual({
      rule: 'value/direction',
      severity: 'warning',
      at: { row: direction.at.row, col: 4 },
      cell: `E${direction.at.row + 1}`,
      messageId: 'positiveCapped',
      args: { name: '处置率', value: '≤100%' },
      table: 1,
    });
  });

  it('sorts findings by sheet position', () => {
    const grid = buildSheet([flawedTable(), flawedTable({ code: '', title: '2.另一个项目绩效目标表', name: '另一个项目' })]);
    const { findings } = validateSheet(grid);
    const positions = findings.map((f) => f.at.row * 1000 + f.at.col);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(new Set(findings.map((f) => f.table))).toEqual(new Set([0, 1]));
  });

  it('applies severity overrides and switches rules off', () => {
    const grid = buildSheet([flawedTable()]);
    const settings = resolveSettings({ rules: { 'value/direction': 'error', 'value/percent-range': 'off' } });
    const { findings } = validateSheet(grid, settings);
    expect(findings.find((f) => f.rule === 'value/direction')?.severity).toBe('error');
    expect(findings.some((f) => f.rule === 'value/percent-range')).toBe(false);
    expect(validateSheet(grid).findings.some((f) => f.rule === 'value/percent-range')).toBe(true);
  });

  it('keeps spend/pacing off until a schedule is configured', () => {
    const grid = buildSheet([cleanTable({ spend: ['0', '0', '3.00', '6.00'] })]);
    expect(validateSheet(grid).findings.some((f) => f.rule === 'spend/pacing')).toBe(false);
    const paced = validateSheet(grid, resolveSettings({ pacing: [25, 50, 75, 100] })).findings;
    expect(paced.filter((f) => f.rule === 'spend/pacing').map((f) => f.cell)).toEqual(['B7', 'C7', 'D7']);
    const off = resolveSettings({ pacing: [25, 50, 75, 100], rules: { 'spend/pacing': 'off' } });
    expect(validateSheet(grid, off).findings.some((f) => f.rule === 'spend/pacing')).toBe(false);
  });

  it('judges a table consistently in the 2021 framework by that framework, whatever the setting', () => {
    const rows = cleanTable().rows.slice();
    rows[3] = ['成本指标', '经济成本指标', '项目总成本', '见义勇为基金支出总额', '≤6万元', '年度预算'];
    const grid = buildSheet([cleanTable({ rows })]);
    for (const framework of ['classic', '2021'] as const) {
      const structural = validateSheet(grid, resolveSettings({ framework })).findings.filter((f) => f.rule.startsWith('structure/'));
      expect(structural).toEqual([]);
    }
  });

  it('returns no findings for a sheet without tables', () => {
    const grid = new Grid('空表');
    grid.set(0, 0, { value: '说明', text: '说明' });
    expect(validateSheet(grid)).toEqual({ sheetName: '空表', tables: [], findings: [] });
  });

  it('has a catalogue of unique ids with declared message ids', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(ruleById(rule.meta.id)).toBe(rule);
      expect(rule.meta.id.startsWith(`${rule.meta.category}/`)).toBe(true);
      expect(rule.meta.messageIds.length).toBeGreaterThan(0);
      expect(typeof (rule.checkTable ?? rule.checkSheet)).toBe('function');
    }
  });

  // Speed is measured by `npm run bench` (medians on this machine), not by timed tests.
  it('finds every table and every flaw of a 100-table sheet, independently of its neighbours', () => {
    const tables = Array.from({ length: 100 }, (_, i) => {
      const t = i % 3 === 0 ? flawedTable() : cleanTable();
      return { ...t, title: `${i + 1}.${t.name}${i}绩效目标表`, name: `${t.name}${i}` };
    });
    const result = validateSheet(buildSheet(tables));
    expect(result.tables).toHaveLength(100);
    const ownRules = (findings: Finding[], index: number) =>
      findings.filter((f) => f.table === index && f.severity !== 'info' && f.rule !== 'table/duplicate-indicators').map((f) => f.rule);
    for (const index of [0, 1, 2, 50, 99]) {
      expect(ownRules(result.findings, index)).toEqual(ownRules(validateSheet(buildSheet([tables[index]])).findings, 0));
    }
    // The copies carry identical indicator sets under different projects: each later copy is reported once.
    const duplicates = result.findings.filter((f) => f.rule === 'table/duplicate-indicators').map((f) => f.table);
    expect(new Set(duplicates).size).toBe(duplicates.length);
    expect(duplicates).not.toContain(0);
    expect(duplicates).toContain(99);
  });

  it('never throws on random or mutated grids', () => {
    const base = buildSheet([flawedTable()]);
    const texts = ['', '≥', '≤100%', '#REF!', '产出指标', '一级指标', '预算数', '12月底', '资金支出计划（%）', '绩效目标', 'abc', '１２３', '0', '-1'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(30), fc.nat(8), fc.oneof(fc.constantFrom(...texts), fc.string(), fc.double({ noNaN: false }))), { maxLength: 40 }),
        (edits) => {
          const grid = new Grid('fuzz');
          for (let r = 0; r < base.rowCount; r++) for (let c = 0; c < base.colCount; c++) {
            const cell = base.get(r, c);
            if (cell.value !== null) grid.set(r, c, cell);
          }
          for (const m of base.merges) grid.addMerge(m);
          for (const [r, c, v] of edits) grid.set(r, c, { value: v === '' ? null : v, text: String(v) });
          const { findings } = validateSheet(grid, resolveSettings({ pacing: [25, 50, 75, 100] }));
          for (const f of findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
