import { DICTIONARIES, formatMessage, localeOf, placeholdersOf, ruleDocs, translate } from '../../../src/core/i18n';
import { RULES } from '../../../src/core/rules';

/** SPEC §2: the public rule ids. */
const SPEC_IDS = [
  'table/missing-field', 'table/missing-code', 'budget/unparseable', 'budget/sum-mismatch', 'spend/missing-milestone',
  'spend/decreasing', 'spend/final-mismatch', 'spend/exceeds-total', 'spend/mixed-units', 'spend/pacing',
  'structure/unknown-level1', 'structure/unknown-level2', 'structure/level2-parent', 'structure/missing-level2',
  'indicator/missing-name', 'indicator/missing-value', 'indicator/missing-description', 'indicator/missing-basis',
  'indicator/duplicate', 'table/duplicate-indicators', 'value/unparseable', 'value/missing-unit', 'value/missing-operator',
  'value/percent-range', 'value/rate-unit', 'value/count-unit', 'value/direction', 'value/satisfaction',
  'cost/not-monetary', 'cost/direction', 'cost/exceeds-budget', 'cost/per-unit-total', 'timeliness/not-time',
  'goal/number-mismatch',
];

const locales = Object.keys(DICTIONARIES) as Array<keyof typeof DICTIONARIES>;

describe('i18n', () => {
  it('covers every SPEC rule id in the catalogue', () => {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of SPEC_IDS) expect(ids).toContain(id);
  });

  it.each(locales)('has name, why, fix and every message of every rule in %s, and nothing else', (locale) => {
    const dictionary = DICTIONARIES[locale];
    expect(Object.keys(dictionary.rules).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const rule of RULES) {
      const texts = dictionary.rules[rule.meta.id];
      for (const part of [texts.name, texts.why, texts.fix]) expect(part.trim().length).toBeGreaterThan(1);
      expect(Object.keys(texts.messages).sort()).toEqual([...rule.meta.messageIds].sort());
      for (const id of rule.meta.messageIds) expect(['name', 'why', 'fix']).not.toContain(id);
      expect(placeholdersOf(texts.name + texts.why + texts.fix)).toEqual([]);
    }
  });

  it('uses the same placeholders in every language', () => {
    for (const rule of RULES) {
      for (const id of rule.meta.messageIds) {
        const [zh, ...others] = locales.map((l) => placeholdersOf(DICTIONARIES[l].rules[rule.meta.id].messages[id]).sort());
        for (const other of others) expect({ key: `${rule.meta.id}.${id}`, placeholders: other }).toEqual({ key: `${rule.meta.id}.${id}`, placeholders: zh });
      }
    }
  });

  it('formats a finding with its arguments, in Chinese by default', () => {
    const finding = { rule: 'value/direction', messageId: 'positiveCapped', args: { name: '处置率', value: '≤100%' } };
    expect(formatMessage(finding)).toBe('指标“处置率”越高越好，指标值“≤100%”却设了上限，应使用“≥”。');
    expect(formatMessage(finding, 'en')).toBe('The indicator "处置率" should be high, but "≤100%" caps it; use ≥.');
  });

  it('documents a rule and translates common keys', () => {
    expect(ruleDocs('cost/direction').name).toBe('成本指标方向错误');
    expect(ruleDocs('cost/direction', 'en').fix).toBe('Replace ≥ with ≤.');
    expect(translate('severity.warning')).toBe('警告');
    expect(translate('severity.warning', {}, 'en')).toBe('Warning');
    expect(translate('no.such.key')).toBe('no.such.key');
  });

  it('maps Office language tags to a locale', () => {
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('zh-CN')).toBe('zh-CN');
    expect(localeOf(undefined)).toBe('zh-CN');
  });
});
