import type { Cell } from '../../../src/core/grid';
import type { ParsedValue } from '../../../src/core/model';
import { classifyUnit, convertMoney, parseMoney, parseText, parseValue } from '../../../src/core/parse/value';

type Expected = Partial<Extract<ParsedValue, { kind: 'number' }>>;

const number = (operator: string, value: number, unit: string, unitKind: string, operatorImplicit = false): Expected =>
  ({ kind: 'number', operator, number: value, unit, unitKind, operatorImplicit }) as Expected;

describe('parseText: numbers with operators', () => {
  it.each<[string, Expected]>([
    ['≥100 件', number('>=', 100, '件', 'count')],
    ['≧95%', number('>=', 95, '%', 'percent')],
    ['>=90%', number('>=', 90, '%', 'percent')],
    ['不低于95%', number('>=', 95, '%', 'percent')],
    ['不少于3次', number('>=', 3, '次', 'count')],
    ['100人以上', number('>=', 100, '人', 'count')],
    ['95%及以上', number('>=', 95, '%', 'percent')],
    ['≤5万元', number('<=', 5, '万元', 'money')],
    ['≦1%', number('<=', 1, '%', 'percent')],
    ['<=30天', number('<=', 30, '天', 'time')],
    ['不高于2%', number('<=', 2, '%', 'percent')],
    ['不超过10万元', number('<=', 10, '万元', 'money')],
    ['10万元以内', number('<=', 10, '万元', 'money')],
    ['5%以下', number('<=', 5, '%', 'percent')],
    ['3天内', number('<=', 3, '天', 'time')],
    ['>0', number('>', 0, '', 'none')],
    ['＞80%', number('>', 80, '%', 'percent')],
    ['<2%', number('<', 2, '%', 'percent')],
    ['＜2%', number('<', 2, '%', 'percent')],
    ['=100％', number('=', 100, '%', 'percent')],
    ['＝8人', number('=', 8, '人', 'count')],
    ['1164 人', number('=', 1164, '人', 'count', true)],
    ['≥1', number('>=', 1, '', 'none')],
    ['≤100', number('<=', 100, '', 'none')],
  ])('%s', (text, expected) => {
    expect(parseText(text)).toMatchObject({ ...expected, raw: text });
  });
});

describe('parseText: full-width, separators and spaces', () => {
  it.each<[string, Expected]>([
    ['１２３', number('=', 123, '', 'none', true)],
    ['≥１００件', number('>=', 100, '件', 'count')],
    ['＞ ９５ ％', number('>', 95, '%', 'percent')],
    ['1,234,567元', number('=', 1234567, '元', 'money', true)],
    ['≥ 1,000 人次', number('>=', 1000, '人次', 'count')],
    ['≥100　件', number('>=', 100, '件', 'count')],
    ['≤16.64 万元', number('<=', 16.64, '万元', 'money')],
    ['约50人', number('=', 50, '人', 'count', true)],
  ])('%s', (text, expected) => {
    expect(parseText(text)).toMatchObject(expected);
  });
});

describe('classifyUnit', () => {
  it.each([
    ['元', 'money', '元'],
    ['千元', 'money', '千元'],
    ['万元', 'money', '万元'],
    ['万', 'money', '万元'],
    ['亿元', 'money', '亿元'],
    ['元/人', 'per-unit-money', '元'],
    ['元/户', 'per-unit-money', '元'],
    ['元/台', 'per-unit-money', '元'],
    ['万元/人', 'per-unit-money', '万元'],
    ['%', 'percent', undefined],
    ...['人', '人次', '件', '次', '个', '套', '台', '条', '户', '处', '路', '份', '张', '起', '场', '篇', '辆', '家', '所', '项', '批', '期', '万条', '个村'].map(
      (u) => [u, 'count', undefined],
    ),
    ...['天', '日', '月', '年', '小时', '分钟', '工作日', '个工作日', '个月'].map((u) => [u, 'time', undefined]),
    ...['GB', 'G', 'M', 'Mbps'].map((u) => [u, 'data', undefined]),
    ['平方米', 'other', undefined],
    ['', 'none', undefined],
  ] as Array<[string, string, string | undefined]>)('%s → %s', (unit, unitKind, moneyUnit) => {
    const result = classifyUnit(unit);
    expect(result.unitKind).toBe(unitKind);
    expect(result.moneyUnit).toBe(moneyUnit);
  });

  it('classifies a percentage point as percent-like, neither a count nor a percent level', () => {
    expect(classifyUnit('个百分点')).toEqual({ unit: '个百分点', unitKind: 'other' });
    expect(classifyUnit('百分点')).toEqual({ unit: '百分点', unitKind: 'other' });
    expect(parseText('2个百分点')).toMatchObject({ kind: 'number', number: 2, unit: '个百分点', unitKind: 'other' });
    expect(parseText('≥0.5个百分点')).toMatchObject({ operator: '>=', number: 0.5, unitKind: 'other' });
    expect(classifyUnit('个点位').unitKind).toBe('count');
  });

  it('normalises 万 to 万元 and keeps the per-unit part', () => {
    expect(classifyUnit('万').unit).toBe('万元');
    expect(classifyUnit('万/人').unit).toBe('万元/人');
  });
});

describe('parseText: deadlines', () => {
  it.each<[string, number | undefined, number | undefined]>([
    ['12月底前', 12, undefined],
    ['11月底之前完成', 11, undefined],
    ['12月底前完成', 12, undefined],
    ['2020年1月至2020年12月', 12, undefined],
    ['年底前', 12, undefined],
    ['2023年底前完成', 12, undefined],
    ['12月31日前', 12, 31],
    ['6月30日之前', 6, 30],
    ['１２月底前', 12, undefined],
  ])('%s', (text, month, day) => {
    const parsed = parseText(text);
    expect(parsed.kind).toBe('deadline');
    expect(parsed).toMatchObject({ month, ...(day ? { day } : {}) });
  });

  it('reads a bare month count as a duration, not a deadline', () => {
    expect(parseText('3个月')).toMatchObject({ kind: 'number', number: 3, unitKind: 'time' });
    expect(parseText('1年')).toMatchObject({ kind: 'number', number: 1, unit: '年', unitKind: 'time' });
  });
});

describe('parseText: qualitative, text, empty and errors', () => {
  it.each(['是', '否', '达标', '保持稳定', '进一步提升', '有效', '良好', '及时', '显著提升', '逐步提高', '积极向上', '合格', '优秀', '稳步提升', '在预算范围内', '网格员的工资按时发放'])(
    '%s is qualitative',
    (text) => {
      expect(parseText(text)).toEqual({ kind: 'qualitative', raw: text });
    },
  );

  it('a verb after the unit is dropped', () => {
    expect(parseText('100%完成')).toMatchObject(number('=', 100, '%', 'percent', true));
    expect(parseText('≥95%到位')).toMatchObject(number('>=', 95, '%', 'percent'));
  });

  it('long free text is text', () => {
    const text = '通过开展宣传活动，提高群众对见义勇为的认识，营造良好的社会氛围。';
    expect(parseText(text)).toEqual({ kind: 'text', raw: text });
  });

  it.each(['', '   ', '\n'])('%j is empty', (text) => {
    expect(parseText(text).kind).toBe('empty');
  });

  it.each(['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'])('%s is an error', (text) => {
    expect(parseText(text)).toEqual({ kind: 'error', raw: text });
  });

  it('returns a fresh object each time (callers may keep or change it)', () => {
    const a = parseText('≥90%');
    const b = parseText('≥90%');
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
  });
});

describe('parseValue: cells', () => {
  const cell = (value: Cell['value'], text: string, numberFormat?: string, error?: string): Cell => ({
    value,
    text,
    ...(numberFormat ? { numberFormat } : {}),
    ...(error ? { error } : {}),
  });

  it('reads a percent-formatted fraction as percent points', () => {
    expect(parseValue(cell(0.3, '30%', '0%'))).toMatchObject(number('=', 30, '%', 'percent', true));
    expect(parseValue(cell(0.075, '7.50%', '0.00%'))).toMatchObject({ number: 7.5, unit: '%' });
    expect(parseValue(cell(1, '100%', '0%'))).toMatchObject({ number: 100, unit: '%' });
  });

  it('reads a plain number with no unit', () => {
    expect(parseValue(cell(5, '5.00', '0.00'))).toMatchObject(number('=', 5, '', 'none', true));
    expect(parseValue(cell(1.25, '1.25', 'General'))).toMatchObject({ number: 1.25, unitKind: 'none' });
  });

  it('takes a unit written into the number format', () => {
    expect(parseValue(cell(5, '5.00万元', '0.00"万元"'))).toMatchObject({ number: 5, unit: '万元', unitKind: 'money' });
  });

  it('reads error cells', () => {
    expect(parseValue(cell('#REF!', '#REF!', undefined, '#REF!'))).toEqual({ kind: 'error', raw: '#REF!' });
    expect(parseValue(cell('#DIV/0!', '#DIV/0!'))).toEqual({ kind: 'error', raw: '#DIV/0!' });
  });

  it('reads text cells through parseText', () => {
    expect(parseValue(cell('≥１００件', '≥１００件'))).toMatchObject(number('>=', 100, '件', 'count'));
    expect(parseValue(cell(null, ''))).toEqual({ kind: 'empty', raw: '' });
  });

  it('reads a date cell as a deadline', () => {
    // 45291 = 2023-12-31
    expect(parseValue(cell(45291, '2023-12-31', 'yyyy-mm-dd'))).toEqual({ kind: 'deadline', raw: '2023-12-31', month: 12, day: 31 });
  });
});

describe('parseMoney', () => {
  const text = (s: string): Cell => ({ value: s, text: s });

  it.each<[Cell, string, number | null]>([
    [text('189.8万元'), '万元', 189.8],
    [text('13万'), '万元', 13],
    [text('5.00'), '万元', 5],
    [{ value: 5, text: '5.00', numberFormat: '0.00' }, '万元', 5],
    [text('1,898,000元'), '万元', 189.8],
    [text('500元'), '万元', 0.05],
    [text('2亿元'), '万元', 20000],
    [text('3.5万元'), '元', 35000],
    [text('12千元'), '万元', 1.2],
    [text('无'), '万元', null],
    [text('30%'), '万元', null],
    [{ value: '#REF!', text: '#REF!', error: '#REF!' }, '万元', null],
    [{ value: null, text: '' }, '万元', null],
  ])('%j in %s → %s', (cell, unit, amount) => {
    expect(parseMoney(cell, unit as '万元').amount).toBe(amount);
  });

  it('converts between money units without float noise', () => {
    expect(convertMoney(16.64, '万元', '元')).toBe(166400);
    expect(convertMoney(1, '元', '万元')).toBe(0.0001);
  });
});
