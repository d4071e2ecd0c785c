/**
 * Label normalisation and recognition by meaning (SPEC 1.3): departments write the same label many ways
 * (`一级\n指标`, `产出\n指标 `, `其中：财政拨款`, `资金支出计划（%）`), so every label is normalised first and
 * then matched against patterns, never compared as exact text.
 */
import type { Level1Kind, Level2Kind, MoneyUnit } from '../model';

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const SPACES = /[\s\u3000\u00a0\u200b\u200c\u200d\ufeff]+/g;

/** Full-width ASCII (`１２３`, `％`, `＞`, `（`) → half-width; the ideographic space → a space. */
export function toHalfWidth(text: string): string {
  if (!HAS_FULL_WIDTH.test(text)) return text;
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Strips spaces and line breaks anywhere, makes full-width characters half-width, drops trailing colons. */
export function normaliseLabel(text: string): string {
  return toHalfWidth(text.replace(SPACES, '')).replace(/[:：]+$/, '');
}

/** Removes bracketed asides: `资金支出计划(%)` → `资金支出计划`, `产出指标(50分)` → `产出指标`. */
export function stripAsides(label: string): string {
  return label.replace(/\([^()]*\)|【[^【】]*】|〔[^〔〕]*〕|\[[^[\]]*\]/g, '');
}

/** Leading enumeration: `一、`, `1.`, `(1)`, `1、`. */
function stripEnumeration(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+[、.]|\d+[、.]|\(\d+\))/, '');
}

/** Normalised label without asides or enumeration: the form every matcher below works on. */
export function labelKey(text: string): string {
  return stripEnumeration(stripAsides(normaliseLabel(text)));
}

const LEVEL1: Array<[RegExp, Level1Kind]> = [
  [/^产出(指标)?$/, 'output'],
  [/^(效益|效果)(指标)?$/, 'effect'],
  [/^满意度(指标)?$/, 'satisfaction'],
  [/^成本(指标)?$/, 'cost'],
];

function matchLevel1(key: string): Level1Kind | null {
  for (const [pattern, kind] of LEVEL1) if (pattern.test(key)) return kind;
  return null;
}

const LEVEL2: Array<[RegExp, Level2Kind]> = [
  [/^数量$/, 'quantity'],
  [/^质量$/, 'quality'],
  [/^时效$/, 'timeliness'],
  [/^成本$/, 'cost'],
  [/^经济效益$/, 'economic'],
  [/^社会效益$/, 'social'],
  [/^生态(环境)?效益$/, 'ecological'],
  [/^可持续(性)?(发展)?影响$/, 'sustainable'],
  [/^((社会公众)?(或)?(服务对象)?|受益对象|群众)满意度$/, 'satisfaction'],
  [/^经济成本$/, 'economic-cost'],
  [/^社会成本$/, 'social-cost'],
  [/^生态(环境)?成本$/, 'ecological-cost'],
];

function matchLevel2(key: string): Level2Kind | null {
  const bare = key.replace(/指标$/, '');
  if (!bare) return null;
  for (const [pattern, kind] of LEVEL2) if (pattern.test(bare)) return kind;
  return null;
}

/** Labels of the form part of a table (above the indicator header). */
export type FormField =
  | 'code' // 项目编码
  | 'name' // 项目名称
  | 'budgetBlock' // 预算规模及资金用途
  | 'budget' // 预算数
  | 'fiscal' // 其中：财政资金
  | 'other' // 其他资金
  | 'usage' // 资金用途
  | 'spendPlan' // 资金支出计划（%）
  | 'goals' // 绩效目标
  | 'dept'; // 主管部门, 实施单位 …

const FORM_FIELDS: Array<[RegExp, FormField]> = [
  [/^项目(编码|代码|编号)$/, 'code'],
  [/^项目名称$/, 'name'],
  [/^(预算规模及资金用途|预算规模及用途|项目资金|资金情况|预算规模)$/, 'budgetBlock'],
  [/^(年度)?(预算(数|金额|总额|资金|资金总额)?|资金总额|项目资金总额|项目总金额)$/, 'budget'],
  [/^(财政资金|财政拨款|财政性资金|当年财政拨款|财政拨款资金|一般公共预算(资金|拨款)?)$/, 'fiscal'],
  [/^(其他|其它)(资金|来源)?$/, 'other'],
  [/^(资金|主要|项目资金)?用途$/, 'usage'],
  [/(支出|用款|资金使用|执行)(计划|进度)/, 'spendPlan'],
  [/^(年度|项目|总体|年度总体)?(绩效)?目标(内容)?$/, 'goals'],
  [/^(主管部门|实施单位|部门名称|单位名称|预算单位|项目单位)$/, 'dept'],
];

function matchFormField(key: string): FormField | null {
  const bare = key.replace(/^其中[:：]?(?=.)/, '');
  if (!bare || bare.length > 16) return null;
  for (const [pattern, field] of FORM_FIELDS) if (pattern.test(bare)) return field;
  return null;
}

export type HeaderColumn = 'level1' | 'level2' | 'name' | 'description' | 'value' | 'basis';

const HEADER_COLUMNS: Array<[RegExp, HeaderColumn]> = [
  [/^一级(指标)?$/, 'level1'],
  [/^二级(指标)?$/, 'level2'],
  [/^(三级(指标)?|指标名称|绩效指标名称)$/, 'name'],
  [/^(绩效)?指标(描述|解释|说明|内容)$/, 'description'],
  [/^((年度)?(绩效)?指标值|目标值|(年度)?指标目标值)$/, 'value'],
  [/^(指标值)?(确定|设定|设置)?依据(及说明)?$/, 'basis'],
];

function matchHeaderColumn(key: string): HeaderColumn | null {
  if (!key || key.length > 12) return null;
  for (const [pattern, column] of HEADER_COLUMNS) if (pattern.test(key)) return column;
  return null;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

function matchMilestone(key: string): number | null {
  const month = /^(?:截[至止])?(\d{1,2})月(?:底|末|份|\d{1,2}日)?(?:前)?$/.exec(key);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? m : null;
  }
  const quarter = /^(?:第)?([一二三四1-4])季度(?:末|底)?$/.exec(key);
  if (quarter) return 3 * (CHINESE_DIGITS[quarter[1]] ?? Number(quarter[1]));
  return null;
}

function matchGoalItem(normalised: string): string | null {
  return /^(?:绩效|年度)?目标(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/.test(normalised) ? normalised : null;
}

/** Money unit names as written → MoneyUnit (`万` is 万元). */
export const MONEY_UNITS: Readonly<Record<string, MoneyUnit>> = { 元: '元', 千元: '千元', 万元: '万元', 万: '万元', 亿元: '亿元', 亿: '亿元' };

/** A money unit name (`元`, `千元`, `万元`, `万`, `亿元`) → MoneyUnit, else null. */
export function moneyUnitOf(text: string): MoneyUnit | null {
  return MONEY_UNITS[normaliseLabel(text)] ?? null;
}

function matchUnitLine(normalised: string): MoneyUnit | null {
  const m = /单位[:：]?(千元|万元|亿元|元)/.exec(normalised);
  return m ? MONEY_UNITS[m[1]] : null;
}

/** The unit an aside states in a label: `预算数（万元）` → 万元. */
export function unitAsideOf(text: string): MoneyUnit | null {
  const m = /\((?:单位[:：]?)?(千元|万元|亿元|元)\)/.exec(normaliseLabel(text));
  return m ? MONEY_UNITS[m[1]] : null;
}

const GOAL_LABEL_ONLY = /^(年度|项目|总体|年度总体|中长期|长期|中期)?绩效目标$/;

function matchTitle(normalised: string): boolean {
  const key = stripAsides(normalised).replace(/[。.]$/, '');
  if (key.length <= 4 || key.length > 80 || GOAL_LABEL_ONLY.test(key)) return false;
  return /绩效目标(申报|批复|申报审核)?表?$/.test(key);
}

function matchFooter(normalised: string): boolean {
  return /^(注|说明|备注|填表|填报|审核|联系|负责人|单位负责人|制表|经办)/.test(normalised);
}

function matchInlineField(text: string): { field: FormField; value: string } | null {
  const m = /^([^:：]{2,12})[:：]\s*(\S.*)$/s.exec(text.trim());
  if (!m) return null;
  const field = formFieldOf(m[1]);
  return field && field !== 'fiscal' && field !== 'dept' ? { field, value: m[2].trim() } : null;
}

/** Everything the parser asks about a text, computed once per distinct text (labels repeat on every table). */
export interface TextFacts {
  level1: Level1Kind | null;
  level2: Level2Kind | null;
  field: FormField | null;
  inline: { field: FormField; value: string } | null;
  header: HeaderColumn | null;
  milestone: number | null;
  goalItem: string | null;
  unitLine: MoneyUnit | null;
  title: boolean;
  footer: boolean;
  /** `项目类型`: the column that makes an indicator header an indicator library's. */
  libraryColumn: boolean;
  /** At most 12 characters once normalised. */
  short: boolean;
}

/** Texts longer than this are prose: no label matcher can match them. */
const MAX_LABEL_TEXT = 80;
const CACHE_LIMIT = 20000;
const cache = new Map<string, TextFacts>();

const NO_FACTS: TextFacts = {
  level1: null,
  level2: null,
  field: null,
  inline: null,
  header: null,
  milestone: null,
  goalItem: null,
  unitLine: null,
  title: false,
  footer: false,
  libraryColumn: false,
  short: false,
};

/** Every matcher works on the normalised text or its key, computed once here. */
function shortTextFacts(text: string): TextFacts {
  const normalised = normaliseLabel(text);
  const key = stripEnumeration(stripAsides(normalised));
  return {
    level1: matchLevel1(key),
    level2: matchLevel2(key),
    field: matchFormField(key),
    inline: matchInlineField(text),
    header: matchHeaderColumn(key),
    milestone: matchMilestone(key),
    goalItem: matchGoalItem(normalised),
    unitLine: matchUnitLine(normalised),
    title: matchTitle(normalised),
    footer: matchFooter(normalised),
    libraryColumn: normalised === '项目类型',
    short: normalised.length <= 12,
  };
}

/** Prose: only the footer test applies (and, for text that is mostly spaces, the length). */
function longTextFacts(text: string): TextFacts {
  const normalised = normaliseLabel(text);
  return { ...NO_FACTS, footer: matchFooter(normalised.slice(0, 12)), short: normalised.length <= 12 };
}

/** Forgets the label facts of earlier sheets (see parseSheet). */
export function forgetLabelFacts(): void {
  cache.clear();
}

/** The facts about a text, for a caller asking several questions of one cell. */
export function facts(text: string): Readonly<TextFacts> {
  let found = cache.get(text);
  if (found) return found;
  found = text.length <= MAX_LABEL_TEXT ? shortTextFacts(text) : longTextFacts(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, found);
  return found;
}

/** 一级指标 kind, or null when the label is not a known 一级 (`产出\n指标 ` → output, 效果指标 → effect). */
export const level1KindOf = (text: string): Level1Kind | null => facts(text).level1;
/** 二级指标 kind, or null when the label is not a known 二级 (`数量` → quantity, 可持续性影响 → sustainable). */
export const level2KindOf = (text: string): Level2Kind | null => facts(text).level2;
/** Which form label a cell holds, if any (`其中：财政拨款` → fiscal, `资金支出计划（%）` → spendPlan). */
export const formFieldOf = (text: string): FormField | null => facts(text).field;
/** A label and its value in one cell (`项目名称：见义勇为基金`) → the field and the value, else null. */
export const inlineFieldOf = (text: string): { field: FormField; value: string } | null => facts(text).inline;
/** Which indicator-header column a cell names (`一级\n指标` → level1, `指标值（包含数字及文字描述）` → value). */
export const headerColumnOf = (text: string): HeaderColumn | null => facts(text).header;
/** Month of a spend-plan milestone label (`3月底` → 3, `10月末` → 10, `第一季度` → 3), else null. */
export const milestoneMonthOf = (text: string): number | null => facts(text).milestone;
/** A per-row goal label, normalised (`目标1`, `目标 2`, `目标一`), else null. */
export const goalItemOf = (text: string): string | null => facts(text).goalItem;
/** The unit a unit line declares: `单位：万元`, `金额单位: 元`, `（单位：万元）` → MoneyUnit, else null. */
export const unitLineOf = (text: string): MoneyUnit | null => facts(text).unitLine;
/** A table title: ends in 绩效目标表 / 绩效目标 (after asides), and is more than the 绩效目标 label itself. */
export const isTitleText = (text: string): boolean => facts(text).title;

/** True when a cell holds any label the parser knows (so it is never taken as a field's value). */
export function isAnyLabel(text: string): boolean {
  return anyLabel(facts(text));
}

function anyLabel(f: TextFacts): boolean {
  return f.field !== null || f.header !== null || f.milestone !== null || f.goalItem !== null || f.unitLine !== null;
}

/** Beside a title: a unit line, a table number (`表3`) or a short remark — not a field with its value. */
export function isSideNote(text: string): boolean {
  const f = facts(text);
  return f.unitLine !== null || (f.short && !anyLabel(f));
}
