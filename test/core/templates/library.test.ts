import { builtinLibrary } from '../../../src/core/templates/library';
import { renderTemplate } from '../../../src/core/templates/render';
import type { TemplateRow } from '../../../src/core/templates/types';

const TYPE_IDS = [
  'major-cases', 'anti-gang', 'petition-handling', 'judicial-aid', 'stability', 'anti-cult',
  'comprehensive-governance', 'bravery-award', 'mental-health-guardian', 'railway-protection', 'grid-management',
  'video-surveillance', 'operating-services', 'information-system', 'insurance', 'staff-welfare', 'legal-services',
  'village-assistance', 'equipment-purchase', 'meeting-training', 'generic',
];

const templates = builtinLibrary().templates;
const COUNT_UNITS = '人次|人|件|次|个|套|台|条|户|处|路|份|张|起|场|篇|辆';
const NUMBER = String.raw`\d+(?:\.\d+)?`;
const QUALITATIVE = ['进一步提升', '有效', '保持稳定', '良好', '达标'];

function level2(rows: TemplateRow[], label: string): TemplateRow[] {
  return rows.filter((r) => r.level2 === label);
}

test('one template per SPEC §3 type id, each with a Chinese name', () => {
  expect(templates.map((t) => t.id).sort()).toEqual([...TYPE_IDS].sort());
  for (const t of templates) expect(t.name).toMatch(/[\u4e00-\u9fa5]/);
  for (const t of templates.filter((t) => t.id !== 'generic')) expect(t.keywords.length).toBeGreaterThan(2);
});

describe.each(TYPE_IDS)('template %s', (id) => {
  const rows = renderTemplate(id, { budget: 12.5, unit: '万元' });

  test('has every required category', () => {
    for (const label of ['数量指标', '质量指标', '时效指标', '成本指标']) {
      expect(level2(rows, label).every((r) => r.level1 === '产出指标')).toBe(true);
      expect(level2(rows, label).length).toBeGreaterThan(0);
    }
    expect(rows.filter((r) => r.level1 === '效益指标').length).toBeGreaterThan(0);
    expect(level2(rows, '服务对象满意度指标').filter((r) => r.level1 === '满意度指标').length).toBe(1);
  });

  test('every row is complete and named once', () => {
    for (const r of rows) for (const cell of Object.values(r)) expect(cell.trim()).not.toBe('');
    expect(new Set(rows.map((r) => r.level3)).size).toBe(rows.length);
  });

  test('groups are contiguous (so that 一级/二级 cells can be merged)', () => {
    const order = rows.map((r) => r.level1);
    expect(order).toEqual([...order].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test('quantities are counts with an operator and a count unit', () => {
    for (const r of level2(rows, '数量指标')) expect(r.value).toMatch(new RegExp(`^[≥=]${NUMBER}(${COUNT_UNITS})$`));
  });

  test('rates have % and the right direction', () => {
    for (const r of rows.filter((r) => r.level3.endsWith('率'))) {
      const negative = /(发生率|故障率|复访率|事故率)$/.test(r.level3);
      expect(r.value).toMatch(negative ? new RegExp(`^≤${NUMBER}%$`) : new RegExp(`^(≥${NUMBER}|=100)%$`));
      if (!negative && r.value.startsWith('≥')) expect(Number(r.value.slice(1, -1))).toBeLessThan(100);
    }
  });

  test('timeliness rows have a real sense of time', () => {
    for (const r of level2(rows, '时效指标')) {
      const deadline = /^\d{1,2}月底前$/.test(r.value);
      const duration = new RegExp(`^≤${NUMBER}(天|小时|工作日)$`).test(r.value);
      const onTime = /(及时|按时|按期|期限|时限)/.test(r.level3 + r.description);
      expect(deadline || duration || onTime).toBe(true);
    }
  });

  test('cost is the budget ceiling in the table unit', () => {
    const [cost, ...more] = level2(rows, '成本指标');
    expect(more).toEqual([]);
    expect(cost.value).toBe('≤12.5万元');
  });

  test('satisfaction is ≥ a percentage between 60% and 99%', () => {
    const [sat] = level2(rows, '服务对象满意度指标');
    const m = /^≥(\d+)%$/.exec(sat.value);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(60);
    expect(Number(m![1])).toBeLessThanOrEqual(99);
  });

  test('effects are a rate or a known qualitative value', () => {
    for (const r of rows.filter((r) => r.level1 === '效益指标')) {
      const ok = QUALITATIVE.includes(r.value) || new RegExp(`^[≥≤]${NUMBER}%$`).test(r.value);
      expect(ok).toBe(true);
    }
  });
});
