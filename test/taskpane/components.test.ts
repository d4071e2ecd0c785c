import type { RuleMeta } from '../../src/core/findings';
import { resolveSettings } from '../../src/core/settings';
import { ruleSetting, withRule } from '../../src/taskpane/components/SettingsPanel';
import { typeOptions } from '../../src/taskpane/components/TemplatesPanel';
import { templateTypeName, templateTypes } from '../../src/taskpane/i18n/templates';
import { themeKindFromOffice } from '../../src/taskpane/theme';

const meta = (id: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({ id, defaultSeverity: 'warning', category: 'value', messageIds: ['default'], ...extra });

describe('rule settings', () => {
  it('reads the default severity, an override, or off', () => {
    const settings = resolveSettings({ rules: { 'value/direction': 'error' } });
    expect(ruleSetting(settings, meta('value/direction'))).toBe('error');
    expect(ruleSetting(settings, meta('value/count-unit'))).toBe('warning');
    expect(ruleSetting(settings, meta('spend/pacing', { defaultOff: true, defaultSeverity: 'info' }))).toBe('off');
  });

  it('stores only what differs from the defaults', () => {
    const rule = meta('value/direction');
    const off = withRule(resolveSettings(undefined), rule, 'off');
    expect(off.rules).toEqual({ 'value/direction': 'off' });
    expect(withRule(off, rule, 'warning').rules).toEqual({});
    const pacing = meta('spend/pacing', { defaultOff: true, defaultSeverity: 'info' });
    expect(withRule(off, pacing, 'info').rules).toEqual({ 'value/direction': 'off', 'spend/pacing': 'info' });
  });
});

describe('template type choice', () => {
  const detection = {
    table: { index: 0, title: '1.见义勇为基金绩效目标表', project: '见义勇为基金', range: 'A1:G16', indicators: 6, type: 'bravery-award' },
    match: { type: 'bravery-award', name: '见义勇为', confidence: 0.9, alternatives: [{ type: 'judicial-aid', name: '司法救助', confidence: 0.2 }] },
  };

  it('lists the detected type and alternatives first with their confidence, then every other type once', () => {
    const options = typeOptions(detection, 'zh-CN');
    expect(options.slice(0, 2).map((o) => o.label)).toEqual(['见义勇为 · 90%', '司法救助 · 20%']);
    expect(options).toHaveLength(templateTypes('zh-CN').length);
    expect(new Set(options.map((o) => o.type)).size).toBe(options.length);
  });

  it('names types in English, and keeps an organisation’s own type name', () => {
    expect(typeOptions(detection, 'en')[0].label).toBe('Bravery awards · 90%');
    expect(templateTypeName('our-own', 'en', '本单位专项')).toBe('本单位专项');
    expect(typeOptions(undefined, 'zh-CN')[0]).toEqual({ type: 'major-cases', label: '大要案' });
  });
});

describe('theme', () => {
  it('follows Office’s body background', () => {
    expect(themeKindFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeKindFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeKindFromOffice(undefined)).toBe('light');
    expect(themeKindFromOffice({ bodyBackgroundColor: 'not-a-colour' })).toBe('light');
  });
});

describe('architecture', () => {
  it('keeps the pane away from Office.js: no component or hook touches Excel directly', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readdirSync, readFileSync } = require('fs') as typeof import('fs');
    const dir = `${__dirname}/../../src/taskpane`;
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && f !== 'index.tsx');
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      expect([file, /\bExcel\.[a-zA-Z]|\bOffice\.[a-zA-Z]|context\.sync|['"]exceljs['"]/.test(source)]).toEqual([file, false]);
    }
  });
});
