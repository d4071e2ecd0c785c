/**
 * Indicator templates (SPEC §3): one full set of indicator rows per project type. A template is data — the
 * built-in ones live in library.json, an organisation's own in a `指标模板` sheet — and `{budget}` / `{unit}`
 * in its texts are replaced by the table's budget and money unit when it is rendered.
 */
import type { MoneyUnit } from '../model';

/** One indicator row of a template, in the order of the table's six columns. */
export interface TemplateRow {
  /** 一级指标, e.g. 产出指标 */
  level1: string;
  /** 二级指标, e.g. 数量指标 */
  level2: string;
  /** 三级指标 */
  level3: string;
  /** 绩效指标描述 */
  description: string;
  /** 指标值, e.g. `≥10人`, `≤{budget}{unit}` */
  value: string;
  /** 指标值确定依据 */
  basis: string;
}

export interface Template {
  /** Type id (SPEC §3 for the built-in ones; a custom type's id is its Chinese name). */
  id: string;
  /** 中文 name of the type. */
  name: string;
  /** Words that, found in a project name or usage text, point at this type. */
  keywords: string[];
  /** 绩效目标 text for a newly created table. */
  goal?: string;
  rows: TemplateRow[];
}

export interface TemplateLibrary {
  templates: Template[];
}

export interface RenderOptions {
  /** The table's budget (预算数) in `unit`; undefined when the table has none (flat layout). */
  budget?: number;
  /** The table's money unit; 万元 when not given. */
  unit?: MoneyUnit;
  /** Indicator framework of the target table: in the 2021 form cost rows move to 一级 成本指标. */
  framework?: 'classic' | '2021';
}

export const GENERIC_TYPE = 'generic';
