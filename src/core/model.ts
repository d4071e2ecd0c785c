/**
 * The table model: one goal table (预算项目绩效目标表) as the parser recovers it from a grid.
 * Every field carries the cell it came from (`at`), so that a finding can point at it; a field that the
 * table lacks but should have points at the cell where it belongs (the empty value cell beside its label).
 */
import type { CellRange, CellRef } from './grid';

export interface TextField {
  /** Normalised display text (trimmed); '' when empty. */
  text: string;
  at: CellRef;
}

/** Money units, normalised: `万` alone is 万元. */
export type MoneyUnit = '元' | '千元' | '万元' | '亿元';

export type Operator = '>=' | '<=' | '>' | '<' | '=';

export type UnitKind =
  | 'money' // 元 千元 万元 亿元
  | 'per-unit-money' // 元/人 元/户 万元/台 …
  | 'percent' // % ％
  | 'count' // 人 人次 件 次 个 …
  | 'time' // 天 日 月 年 小时 分钟 工作日
  | 'data' // GB M …
  | 'other' // a unit the parser does not classify (平方米, 公里 …)
  | 'none'; // a bare number

/** An indicator value (指标值) or a budget value, parsed per SPEC 1.5. */
export type ParsedValue =
  | { kind: 'empty'; raw: string }
  | { kind: 'error'; raw: string } // #REF!, #DIV/0! …
  | {
      kind: 'number';
      raw: string;
      operator: Operator;
      /** True when no operator was written (an implicit `=`). */
      operatorImplicit: boolean;
      /** The number as written; for a percent, in percent points (`30%` → 30, a cell 0.3 formatted `0%` → 30). */
      number: number;
      /** The unit as written, normalised (`％` → `%`, `万` → `万元`); '' when none. */
      unit: string;
      unitKind: UnitKind;
      /** For money and per-unit money: the money part's unit. */
      moneyUnit?: MoneyUnit;
    }
  | { kind: 'deadline'; raw: string; month?: number; day?: number } // 12月底前, 11月底之前完成, 2020年1月至2020年12月
  | { kind: 'qualitative'; raw: string } // 是, 否, 达标, 保持稳定, 进一步提升, 有效, 良好, 及时 …
  | { kind: 'text'; raw: string }; // anything else

export type Level1Kind = 'output' | 'effect' | 'satisfaction' | 'cost';

export type Level2Kind =
  | 'quantity' // 数量
  | 'quality' // 质量
  | 'timeliness' // 时效
  | 'cost' // 成本 (classic framework, under 产出)
  | 'economic' // 经济效益
  | 'social' // 社会效益
  | 'ecological' // 生态效益
  | 'sustainable' // 可持续影响
  | 'satisfaction' // 服务对象满意度
  | 'economic-cost' // 经济成本 (2021 framework)
  | 'social-cost' // 社会成本
  | 'ecological-cost'; // 生态环境成本

export interface Indicator {
  /** 0-based sheet row of this indicator. */
  row: number;
  /** 一级 label in effect for this row (carried down from a merged or blank cell above); `at` is where it is written. */
  level1: TextField;
  level1Kind: Level1Kind | null;
  level2: TextField;
  level2Kind: Level2Kind | null;
  /** 三级指标 */
  name: TextField;
  /** 绩效指标描述 */
  description: TextField;
  /** 指标值 */
  value: TextField & { parsed: ParsedValue };
  /** 指标值确定依据 */
  basis: TextField;
}

export interface MoneyField extends TextField {
  parsed: ParsedValue;
  /** The amount in the table's unit (`tableUnit`), or null when not a number. */
  amount: number | null;
}

export interface ProjectHeader {
  title: TextField;
  dept?: TextField;
  /** The table's money unit (单位：万元); 万元 when the table does not say. */
  unit: MoneyUnit;
  unitAt?: CellRef;
  /** Label cells are kept for findings that point at a missing value. */
  code?: TextField;
  name?: TextField;
  budget?: MoneyField;
  fiscal?: MoneyField;
  other?: MoneyField;
  usage?: TextField;
}

export interface SpendMilestone {
  /** `3月底`, `6月底`, `9月底`/`10月底`, `12月底`. */
  label: TextField;
  value: TextField & { parsed: ParsedValue };
  /** The value as an amount in the table's unit (null when the plan is in percent or the value is not a number). */
  amount: number | null;
  /** The value in percent points (30% → 30), when it is a percentage. */
  percent: number | null;
}

export interface SpendPlan {
  label: TextField;
  milestones: SpendMilestone[];
  /** Decided per table: `0` fits both; `mixed` when amounts and percentages are both present. */
  kind: 'amount' | 'percent' | 'mixed' | 'unknown';
  /** Rows the plan occupies (label row + values row). */
  rows: { top: number; bottom: number };
}

export interface Goal {
  /** `目标1` … when goals are one per row; '' for a single goals cell. */
  label: string;
  text: string;
  at: CellRef;
}

export interface GoalTable {
  /** 0-based position of the table on its sheet. */
  index: number;
  layout: 'form' | 'flat';
  /** The whole table, title to last indicator row. */
  range: CellRange;
  header: ProjectHeader;
  spend?: SpendPlan;
  goals: Goal[];
  /** The 绩效目标 label cell (or where it should be). */
  goalsAt: CellRef;
  /** The indicator header row (一级指标 二级指标 三级指标 …) and its columns. */
  indicatorHeader: {
    row: number;
    columns: {
      level1: number;
      level2: number;
      name: number;
      description: number;
      value: number;
      basis: number;
    };
  };
  indicators: Indicator[];
}
