import { resolveSettings } from '../../src/core/settings';
import { localeFromDisplayLanguage, translator } from '../../src/taskpane/i18n';
import { en } from '../../src/taskpane/i18n/en';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { csvField, reportCsv } from '../../src/taskpane/report';
import { countBySeverity, findingKey, initialState, reducer, visibleGroups } from '../../src/taskpane/state';
import { fakeRuleText, sampleValidation } from './fake-api';

const validated = () => reducer(initialState(resolveSettings(undefined), 'zh-CN'), { type: 'validated', result: sampleValidation() });

describe('findings list state', () => {
  it('groups by table in sheet order, errors first then by position', () => {
    const groups = visibleGroups(validated());
    expect(groups.map((g) => g.tableIndex)).toEqual([0, 1]);
    expect(groups[0].table?.project).toBe('大要案查处工作经费');
    expect(groups[0].findings.map((f) => f.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('filters by severity', () => {
    const state = reducer(validated(), { type: 'filter', severity: 'error', on: false });
    const severities = visibleGroups(state).flatMap((g) => g.findings.map((f) => f.severity));
    expect(severities).toEqual(['warning', 'info']);
    expect(visibleGroups(reducer(state, { type: 'filter', severity: 'warning', on: false })).map((g) => g.tableIndex)).toEqual([0]);
  });

  it('leaves dismissed findings out of the list and the counts', () => {
    const state = validated();
    const warning = state.result!.findings.find((f) => f.severity === 'warning')!;
    const next = reducer(state, { type: 'dismissed', keys: [findingKey('临西', warning), findingKey('临西', warning)] });
    expect(next.dismissed).toHaveLength(1);
    expect(countBySeverity(next)).toEqual({ error: 2, warning: 0, info: 1 });
  });

  it('ignores progress when nothing runs and resets it when an operation ends', () => {
    const idle = validated();
    expect(reducer(idle, { type: 'progress', progress: { fraction: 0.3, stage: 'read' } }).progress).toBeNull();
    const running = reducer(reducer(idle, { type: 'start', op: 'validate' }), { type: 'progress', progress: { fraction: 0.3, stage: 'read' } });
    expect(running.progress?.fraction).toBe(0.3);
    expect(reducer(running, { type: 'finish' }).progress).toBeNull();
  });
});

describe('UI language', () => {
  it('is English only for an English display language', () => {
    expect(localeFromDisplayLanguage('en-US')).toBe('en');
    expect(localeFromDisplayLanguage('EN-gb')).toBe('en');
    expect(localeFromDisplayLanguage('en')).toBe('en');
    expect(localeFromDisplayLanguage('zh-CN')).toBe('zh-CN');
    expect(localeFromDisplayLanguage('fr-FR')).toBe('zh-CN');
    expect(localeFromDisplayLanguage(undefined)).toBe('zh-CN');
  });

  it('has every key in both dictionaries with the same placeholders', () => {
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect([key, names(en[key])]).toEqual([key, names(zhCN[key])]);
    }
  });

  it('fills placeholders', () => {
    expect(translator('en')('tableHeading', { n: 2, title: 'X' })).toBe('Table 2: X');
  });
});

describe('CSV report', () => {
  it('has a BOM, a header and one row per finding with message, why and fix', () => {
    const csv = reportCsv(sampleValidation(), fakeRuleText, 'zh-CN');
    expect(csv.startsWith('\uFEFF工作表,')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain('value/direction 位于 E13');
    expect(lines[1]).toContain('原因 value/direction');
    expect(lines[1]).toContain(',警告,');
  });

  it('quotes commas and quotes, and defuses formula-like text', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('≥90%')).toBe('≥90%');
  });
});
