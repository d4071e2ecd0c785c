/**
 * Indicator and budget values (SPEC 1.5): `≥100 件`, `＜2%`, `不低于95%`, `10万元以内`, a cell 0.3 formatted
 * `0%`, `12月底前`, `保持稳定` … → ParsedValue. Pure functions, never throw.
 */
import type { Cell } from '../grid';
import type { MoneyUnit, Operator, ParsedValue, UnitKind } from '../model';
import { MONEY_UNITS as MONEY, toHalfWidth } from './labels';

type NumberValue = Extract<ParsedValue, { kind: 'number' }>;

const ERROR_VALUE = /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|BUSY!|CONNECT!|GETTING_DATA)/i;

/** Written operators, longest first so `不超过` wins over `超过`. */
const PREFIX_OPERATORS: Array<[string, Operator]> = (
  [
    ['大于或等于', '>='],
    ['小于或等于', '<='],
    ['大于等于', '>='],
    ['小于等于', '<='],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不小于', '>='],
    ['不高于', '<='],
    ['不超过', '<='],
    ['不多于', '<='],
    ['不大于', '<='],
    ['控制在', '<='],
    ['至少', '>='],
    ['达到', '>='],
    ['高于', '>'],
    ['大于', '>'],
    ['超过', '>'],
    ['多于', '>'],
    ['低于', '<'],
    ['小于', '<'],
    ['少于', '<'],
    ['最多', '<='],
    ['等于', '='],
    ['≥', '>='],
    ['≤', '<='],
    ['>', '>'],
    ['<', '<'],
    ['=', '='],
  ] as Array<[string, Operator]>
).sort((a, b) => b[0].length - a[0].length);

const SUFFIX_OPERATORS: Array<[RegExp, Operator]> = [
  [/(?:及|或)?以上$/, '>='],
  [/(?:及|或)?以下$/, '<='],
  [/(?:以|之)?内$/, '<='],
];

/** A verb after the unit (`100%完成`, `95%到位`) adds nothing to the value. */
const TRAILING_VERB = /(?<=\S)(?:完成|达标|到位|覆盖|兑现|发放|落实)$/;

/** Approximations that state no comparison: the operator stays implicit. */
const APPROXIMATE = /^(?:约|大约|预计|计划|全年|共|累计)|左右$/g;

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/;

const MONEY_FACTOR: Record<MoneyUnit, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

const COUNT =
  /^[万千百]?(?:人次|场次|户次|家次|批次|期次|车次|架次|班次|台次|台套|课时|人|件|次|个|套|台|条|户|处|路|份|张|起|场|篇|辆|家|所|项|批|期|名|位|支|座|本|册|部|宗|单|把|块|根|棵|只|头|间|栋|幢|组|队|届|轮|堂|节|门|类|种|卷|盒|袋|箱|枚|面|幅|村|社区|乡镇|平台|张次|份次)$/;
const COUNT_OF_THINGS = /^个[\u4e00-\u9fa5]{1,4}$/;
/**
 * A percentage point (`提高2个百分点`) is the difference of two rates: percent-like, so never a count
 * (value/rate-unit), but not a rate itself, so 'other' rather than 'percent': a change of 120 points or of
 * −3 points is no percentage outside 0–100 (value/percent-range), a satisfaction target raised by 2 points
 * is no 2% satisfaction (value/satisfaction), and a count given in points is not "a count given in %"
 * (value/count-unit).
 */
const PERCENT_POINT = /^个?百分点$/;
const TIME = /^(?:天|日|月|年|小时|分钟|工作日|个工作日|个月|个小时|周|星期|季度|秒|h|min|年度|日内)$/i;
const DATA = /^(?:[KMGT]B?|[KMG]bps|Mb|M\/s|兆|兆带宽|G带宽|M带宽)$/i;

/** Classifies a unit as written (`万` → 万元, `元/人` per-unit money, `人次` count …). */
export function classifyUnit(written: string): { unit: string; unitKind: UnitKind; moneyUnit?: MoneyUnit } {
  const unit = written.replace(/\s+/g, '');
  if (!unit) return { unit: '', unitKind: 'none' };
  if (unit === '%') return { unit, unitKind: 'percent' };
  const money = MONEY[unit];
  if (money) return { unit: money, unitKind: 'money', moneyUnit: money };
  const perUnit = /^(千元|万元|亿元|元|万)(?:\/|每)(.+)$/.exec(unit);
  if (perUnit) {
    const moneyUnit = MONEY[perUnit[1]];
    return { unit: `${moneyUnit}/${perUnit[2]}`, unitKind: 'per-unit-money', moneyUnit };
  }
  if (PERCENT_POINT.test(unit)) return { unit, unitKind: 'other' };
  if (TIME.test(unit)) return { unit, unitKind: 'time' };
  if (COUNT.test(unit) || COUNT_OF_THINGS.test(unit)) return { unit, unitKind: 'count' };
  if (DATA.test(unit)) return { unit, unitKind: 'data' };
  return { unit, unitKind: 'other' };
}

/** A written unit is short and plain; anything longer is a sentence, not a unit. */
function plausibleUnit(unit: string): boolean {
  return unit.length <= 8 && !/[\d，。；;,、!?！？“”"]/.test(unit);
}

/** Canonical text for matching: half-width, one operator glyph each, no inner spaces. */
function canonical(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/≧|⩾|>=|=>/g, '≥')
    .replace(/≦|⩽|<=|=</g, '≤')
    .replace(/[。.]$/, '');
}

/** Strips a leading written operator; returns it (or null) and the rest. */
function takePrefix(text: string): [Operator | null, string] {
  for (const [word, op] of PREFIX_OPERATORS) if (text.startsWith(word)) return [op, text.slice(word.length)];
  return [null, text];
}

function takeSuffix(text: string): [Operator | null, string] {
  for (const [pattern, op] of SUFFIX_OPERATORS) {
    const m = pattern.exec(text);
    if (m && m.index > 0) return [op, text.slice(0, m.index)];
  }
  return [null, text];
}

function parseNumber(raw: string, text: string): NumberValue | null {
  const plain = text.replace(APPROXIMATE, '');
  const [prefix, afterPrefix] = takePrefix(plain);
  const [suffix, body] = takeSuffix(afterPrefix.replace(/\((?:含|含本数|不含)\)$/, ''));
  const m = NUMBER.exec(body);
  if (!m) return null;
  const written = m[2].replace(TRAILING_VERB, '');
  if (!plausibleUnit(written)) return null;
  const number = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(number)) return null;
  const operator = prefix ?? suffix;
  return { kind: 'number', raw, operator: operator ?? '=', operatorImplicit: operator === null, number, ...classifyUnit(written) };
}

const DATE_MENTION = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/g;
const DEADLINE_MARK = /底|末|前|内|完成|至|到|截|旬|[日号]/;
const YEAR_END = /^(?:\d{4}年|当年|本年|年度|本年度|当年度)?(?:年底|年末|年内|年度内|底|末)(?:前|之前|以前)?/;

function parseDeadline(raw: string, text: string): ParsedValue | null {
  if (text.length > 30 || /^[≥≤<>=]/.test(text)) return null;
  const mentions = [...text.matchAll(DATE_MENTION)].filter((m) => Number(m[2]) >= 1 && Number(m[2]) <= 12);
  if (mentions.length > 0 && (mentions.length > 1 || DEADLINE_MARK.test(text.slice(mentions[0].index)))) {
    const last = mentions[mentions.length - 1];
    const day = last[3] ? Number(last[3]) : undefined;
    return { kind: 'deadline', raw, month: Number(last[2]), ...(day ? { day } : {}) };
  }
  if (YEAR_END.test(text.replace(/^(?:于|在|截至|截止|截止到)/, '')) && /年/.test(text)) return { kind: 'deadline', raw, month: 12 };
  return null;
}

const CACHE_LIMIT = 20000;
const textCache = new Map<string, ParsedValue>();

/** Forgets the parsed texts of earlier sheets (see parseSheet). */
export function forgetParsedTexts(): void {
  textCache.clear();
}

/** Parses a value written as text. Results are cached per text (values repeat across tables) and copied out. */
export function parseText(input: string): ParsedValue {
  let parsed = textCache.get(input);
  if (!parsed) {
    parsed = parseFreshText(input);
    if (textCache.size >= CACHE_LIMIT) textCache.clear();
    textCache.set(input, parsed);
  }
  return { ...parsed };
}

function parseFreshText(input: string): ParsedValue {
  const raw = input.trim();
  if (!raw) return { kind: 'empty', raw };
  const text = canonical(raw);
  if (!text) return { kind: 'empty', raw };
  if (ERROR_VALUE.test(text)) return { kind: 'error', raw };
  const deadline = parseDeadline(raw, text);
  if (deadline) return deadline;
  const number = parseNumber(raw, text);
  if (number) return number;
  return isShortPhrase(text) ? { kind: 'qualitative', raw } : { kind: 'text', raw };
}

/** A short phrase with no sentence punctuation reads as a qualitative value (是, 达标, 保持稳定 …). */
function isShortPhrase(text: string): boolean {
  return text.length <= 15 && !/[，。；;！？!?\n]/.test(text);
}

/** Number-format sections without quoted literals and escapes: what decides percent / date. */
const formatCache = new Map<string, { code: string; literal: string }>();

function formatCode(numberFormat: string | undefined): { code: string; literal: string } {
  if (!numberFormat) return { code: '', literal: '' };
  let found = formatCache.get(numberFormat);
  if (!found) {
    found = splitFormat(numberFormat);
    if (formatCache.size >= CACHE_LIMIT) formatCache.clear();
    formatCache.set(numberFormat, found);
  }
  return found;
}

function splitFormat(numberFormat: string): { code: string; literal: string } {
  const first = numberFormat.split(';')[0];
  let literal = '';
  const code = first
    .replace(/"([^"]*)"/g, (_, s: string) => ((literal += s), ''))
    .replace(/\\(.)/g, (_, s: string) => ((literal += s), ''))
    .replace(/\[[^\]]*\]/g, '');
  return { code, literal: literal.trim() };
}

const roundTo = (n: number, digits = 10): number => Number(n.toFixed(digits));

function parseNumberCell(cell: Cell, value: number): ParsedValue {
  const raw = cell.text.trim() || String(value);
  const { code, literal } = formatCode(cell.numberFormat);
  if (code.includes('%') || (!cell.numberFormat && raw.endsWith('%'))) {
    if (!Number.isFinite(value * 100)) return { kind: 'text', raw }; // 9.99E+307 shown as a percent
    return { kind: 'number', raw, operator: '=', operatorImplicit: true, number: roundTo(value * 100), unit: '%', unitKind: 'percent' };
  }
  if (/[yd]/i.test(code) && !/general/i.test(code)) return dateDeadline(raw, value);
  const unit = literal && plausibleUnit(literal) ? classifyUnit(literal) : classifyUnit('');
  return { kind: 'number', raw, operator: '=', operatorImplicit: true, number: value, ...unit };
}

/** An Excel date serial → a deadline (`2023-12-31` shown in a date format). */
function dateDeadline(raw: string, serial: number): ParsedValue {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  if (Number.isNaN(date.getTime())) return { kind: 'text', raw };
  return { kind: 'deadline', raw, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Parses a cell's value: numbers with their format (percent, units in the format), text, errors. */
export function parseValue(cell: Cell): ParsedValue {
  if (cell.error) return { kind: 'error', raw: cell.error };
  const value = cell.value;
  if (typeof value === 'number') return Number.isFinite(value) ? parseNumberCell(cell, value) : { kind: 'error', raw: String(value) };
  if (typeof value === 'boolean') return { kind: 'qualitative', raw: cell.text.trim() || (value ? 'TRUE' : 'FALSE') };
  if (value === null || value === undefined) return cell.text?.trim() ? parseText(cell.text) : { kind: 'empty', raw: '' };
  return parseText(typeof value === 'string' && value.trim() ? value : (cell.text ?? ''));
}

/** Converts an amount between money units (`1898000 元` → `189.8 万元`). */
export function convertMoney(amount: number, from: MoneyUnit, to: MoneyUnit): number {
  return roundTo((amount * MONEY_FACTOR[from]) / MONEY_FACTOR[to]);
}

/**
 * The amount of a parsed value in the table's unit: a bare number is already in it (`5.00`), a money
 * unit converts (`189.8万元`, `13万`, `500元`); anything else (a percent, a count, text) has none.
 */
export function moneyAmount(parsed: ParsedValue, tableUnit: MoneyUnit): number | null {
  if (parsed.kind !== 'number') return null;
  if (parsed.unitKind === 'none') return parsed.number;
  if (parsed.unitKind === 'money' && parsed.moneyUnit) return finiteOrNull(convertMoney(parsed.number, parsed.moneyUnit, tableUnit));
  return null;
}

const finiteOrNull = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** Parses a budget cell (预算数, 财政资金, 其他资金) and converts it into the table's unit. */
export function parseMoney(cell: Cell, tableUnit: MoneyUnit): { parsed: ParsedValue; amount: number | null } {
  const parsed = parseValue(cell);
  return { parsed, amount: moneyAmount(parsed, tableUnit) };
}
