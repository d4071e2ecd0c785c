import type { MoneyUnit } from '../model';
import { level2KindOf } from '../parse/labels';
import { builtinLibrary, findTemplate } from './library';
import { formatBudget } from './money';
import type { RenderOptions, Template, TemplateLibrary, TemplateRow } from './types';

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Shown in place of `{budget}` when the table has no budget: the user must fill it in. */
export const BUDGET_TO_FILL = '（待填）';

export function templateOf(type: string, library: TemplateLibrary = builtinLibrary()): Template {
  const template = findTemplate(library, type);
  if (!template) {
    const known = library.templates.map((t) => t.id).join(', ');
    throw new TemplateError(`未知的项目类型：${type}（可用：${known}）`);
  }
  return template;
}

/** A template's rows with `{budget}` and `{unit}` substituted, in the target table's framework. */
export function renderTemplate(
  type: string,
  options: RenderOptions = {},
  library: TemplateLibrary = builtinLibrary(),
): TemplateRow[] {
  const template = templateOf(type, library);
  const substitute = substitution(options);
  return template.rows.map((row) => {
    const rendered: TemplateRow = {
      level1: row.level1,
      level2: row.level2,
      level3: substitute(row.level3),
      description: substitute(row.description),
      value: substitute(row.value),
      basis: substitute(row.basis),
    };
    return options.framework === '2021' ? toFramework2021(rendered) : rendered;
  });
}

function substitution(options: RenderOptions): (text: string) => string {
  const budget = options.budget === undefined ? BUDGET_TO_FILL : formatBudget(options.budget);
  const unit: MoneyUnit = options.unit ?? '万元';
  return (text) => text.replace(/\{budget\}/g, budget).replace(/\{unit\}/g, unit);
}

/** 2021 framework (财预〔2021〕101号): cost is its own 一级 with 经济成本 under it. */
function toFramework2021(row: TemplateRow): TemplateRow {
  return level2KindOf(row.level2) === 'cost' ? { ...row, level1: '成本指标', level2: '经济成本指标' } : row;
}

/**
 * Six cells per row as a form table writes them: a 一级 (二级) label that repeats the row above is left
 * blank, because it continues the merged group above.
 */
export function groupedCells(rows: readonly TemplateRow[]): string[][] {
  return rows.map((row, i) => {
    const previous = rows[i - 1];
    const sameLevel1 = previous !== undefined && previous.level1 === row.level1;
    const sameLevel2 = sameLevel1 && previous.level2 === row.level2;
    return [
      sameLevel1 ? '' : row.level1,
      sameLevel2 ? '' : row.level2,
      row.level3,
      row.description,
      row.value,
      row.basis,
    ];
  });
}

/** A whole form-layout table, in the shape of the fixtures' raw json (test/helpers/build-grid RawTable). */
export interface TableSpec {
  title: string;
  unit: string;
  code: string;
  name: string;
  budget: string;
  fiscal: string;
  other: string;
  usage: string;
  spendMilestones: string[];
  spend: string[];
  goals: Array<[string, string]>;
  rows: string[][];
}

export interface TableOptions extends RenderOptions {
  /** 项目名称; the type's Chinese name + 经费 when not given. */
  project?: string;
  code?: string;
  usage?: string;
}

export function templateTable(
  type: string,
  options: TableOptions = {},
  library: TemplateLibrary = builtinLibrary(),
): TableSpec {
  const template = templateOf(type, library);
  const unit = options.unit ?? '万元';
  const project = options.project?.trim() || `${template.name}经费`;
  const budget = options.budget === undefined ? '' : formatBudget(options.budget);
  return {
    title: `${project}绩效目标表`,
    unit: `单位：${unit}`,
    code: options.code ?? '',
    name: project,
    budget,
    fiscal: budget,
    other: budget === '' ? '' : '0',
    usage: options.usage ?? '',
    spendMilestones: ['3月底', '6月底', '9月底', '12月底'],
    // A cumulative plan in percent ends exactly at 100% whatever the budget.
    spend: ['25%', '50%', '75%', '100%'],
    goals: [['', template.goal ?? '']],
    rows: groupedCells(renderTemplate(template.id, options, library)),
  };
}
