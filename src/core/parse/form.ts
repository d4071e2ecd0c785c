/**
 * The part of a table above its indicator header: title, department and unit line, 项目编码/项目名称,
 * budget and usage, spend plan, goals (SPEC 1.1). A flat table (SPEC 1.2) has only a title and goals.
 */
import type { Grid } from '../grid';
import type { Goal, MoneyField, MoneyUnit, ProjectHeader, SpendPlan, TextField } from '../model';
import { type Bounds, field, firstValueRightOf, type Located, textAt, valueBeside } from './fields';
import { type FormField, goalItemOf, isAnyLabel, unitAsideOf, unitLineOf } from './labels';
import type { CellInfo, RowInfo, SheetRows } from './rows';
import { parseSpendPlan } from './spend';
import { parseMoney } from './value';

export interface FormPart {
  layout: 'form' | 'flat';
  header: ProjectHeader;
  spend?: SpendPlan;
  goals: Goal[];
  goalsAt: { row: number; col: number };
}

/** Fields that only a form-layout table has. */
const FORM_ONLY: FormField[] = ['code', 'name', 'budgetBlock', 'budget', 'fiscal', 'other', 'spendPlan'];

/** First occurrence of each form label in the region. */
function locateLabels(rows: SheetRows, top: number, bottom: number): Map<FormField, Located> {
  const found = new Map<FormField, Located>();
  for (let r = top; r <= bottom; r++) {
    rows.get(r)?.fields.forEach((cell, name) => {
      if (!found.has(name)) found.set(name, { cell, row: r });
    });
  }
  return found;
}

/**
 * Parses the form part of a table. `titleRow` is null for a table without title; `bounds` spans the rows
 * between the title and the indicator header (exclusive) and the table's columns.
 */
export function parseFormPart(grid: Grid, rows: SheetRows, titleRow: number | null, bounds: Bounds, headerRow: number): FormPart {
  const labels = locateLabels(rows, bounds.top, bounds.bottom);
  const title = titleRow === null ? field('', bounds.top, bounds.left) : titleField(rows.get(titleRow)!);
  const unitLine = findUnitLine(rows, titleRow ?? bounds.top, bounds.bottom);
  const aside = labels.get('budget') ? unitAsideOf(labels.get('budget')!.cell.text) : null;
  const unit: MoneyUnit = unitLine?.unit ?? aside ?? '万元';
  const header: ProjectHeader = { title, unit, ...(unitLine ? { unitAt: unitLine.at } : {}) };
  const dept = findDept(rows, bounds);
  if (dept) header.dept = dept;
  // The budget first: whether a plan's plain numbers are amounts or percentages can depend on it.
  const labelled = FORM_ONLY.some((f) => labels.has(f)) ? formFields(grid, rows, labels, bounds, unit) : undefined;
  const spend = parseSpendPlan(grid, rows, labels.get('spendPlan'), bounds, unit, labelled?.budget.amount ?? null);
  const isForm = spend !== undefined || labelled !== undefined;
  if (isForm) Object.assign(header, labelled ?? formFields(grid, rows, labels, bounds, unit));
  const { goals, goalsAt } = parseGoals(grid, rows, labels.get('goals'), bounds, headerRow);
  return { layout: isForm ? 'form' : 'flat', header, ...(spend ? { spend } : {}), goals, goalsAt };
}

function titleField(info: RowInfo): TextField {
  const cell = info.title ?? info.cells[0];
  return field(cell.text, info.row, cell.col);
}

function findUnitLine(rows: SheetRows, top: number, bottom: number): { unit: MoneyUnit; at: { row: number; col: number } } | null {
  for (let r = top; r <= bottom; r++) {
    for (const cell of rows.get(r)?.cells ?? []) {
      const unit = unitLineOf(cell.text);
      if (unit) return { unit, at: { row: r, col: cell.col } };
    }
  }
  return null;
}

/** The department line: text in the rows before the first form label (other than the unit line). */
function findDept(rows: SheetRows, bounds: Bounds): TextField | undefined {
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const info = rows.get(r);
    if (!info || info.cells.length === 0) continue;
    if (info.fields.size > 0 || info.cells.some((c) => isAnyLabel(c.text) && unitLineOf(c.text) === null)) return undefined;
    const dept = info.cells.find((c) => unitLineOf(c.text) === null);
    if (dept) return field(dept.text, r, dept.col);
  }
  return undefined;
}

function formFields(grid: Grid, rows: SheetRows, labels: Map<FormField, Located>, bounds: Bounds, unit: MoneyUnit) {
  // A field whose label is missing points at the first row of the form, where such labels start.
  const formTop = firstFormRow(labels, bounds);
  const text = (name: FormField): TextField => {
    const label = labels.get(name);
    return label ? valueBeside(grid, rows, label.cell, label.row, bounds) : field('', formTop, bounds.left);
  };
  const money = (name: FormField): MoneyField => {
    const value = text(name);
    if (!labels.has(name)) return { ...value, parsed: { kind: 'empty', raw: '' }, amount: null };
    return { ...value, ...parseMoney(grid.get(value.at.row, value.at.col), unit), ...inlineMoney(value, grid, unit) };
  };
  return {
    code: text('code'),
    name: text('name'),
    budget: money('budget'),
    fiscal: money('fiscal'),
    other: money('other'),
    ...usageField(grid, rows, labels, bounds),
  };
}

/** A value read from the label's own cell (`预算数：5万元`) is parsed from its text, not the whole cell. */
function inlineMoney(value: TextField, grid: Grid, unit: MoneyUnit): Partial<MoneyField> {
  const cellText = textAt(grid, value.at.row, value.at.col);
  if (cellText === value.text) return {};
  return parseMoney({ value: value.text, text: value.text }, unit);
}

function firstFormRow(labels: Map<FormField, Located>, bounds: Bounds): number {
  let row = bounds.bottom;
  for (const [name, located] of labels) if (name !== 'dept' && name !== 'goals') row = Math.min(row, located.row);
  return row;
}

/** 资金用途: beside its own label, or under the budget row inside the 预算规模及资金用途 block. */
function usageField(grid: Grid, rows: SheetRows, labels: Map<FormField, Located>, bounds: Bounds): { usage?: TextField } {
  const label = labels.get('usage');
  if (label) return { usage: valueBeside(grid, rows, label.cell, label.row, bounds) };
  const block = labels.get('budgetBlock');
  const budgetRow = labels.get('budget')?.row ?? block?.row;
  if (budgetRow === undefined) return {};
  const blockMerge = block ? grid.mergeOf(block.row, block.cell.col) : undefined;
  const blockBottom = blockMerge ? blockMerge.row + blockMerge.rows - 1 : budgetRow + 1;
  const left = block ? block.cell.right : bounds.left - 1;
  for (let r = budgetRow + 1; r <= Math.min(blockBottom, bounds.bottom); r++) {
    if (rowHasStructure(rows.get(r))) break;
    const cell = firstValueRightOf(rows, r, left);
    if (cell) return { usage: field(cell.text, r, cell.col) };
    if (blockMerge) return { usage: field('', r, left + 1) };
  }
  return {};
}

/** A row holding form labels, milestones or goal items is not a free-text usage row. */
function rowHasStructure(info: RowInfo | undefined): boolean {
  return info !== undefined && (info.fields.size > 0 || info.cells.some((c) => isAnyLabel(c.text)));
}

/** 绩效目标: one cell, several rows under a merged label, or one row per goal (目标1, 目标2 …). */
function parseGoals(
  grid: Grid,
  rows: SheetRows,
  label: Located | undefined,
  bounds: Bounds,
  headerRow: number,
): { goals: Goal[]; goalsAt: { row: number; col: number } } {
  const from = label ? label.row : bounds.top;
  const items = goalItems(rows, from, bounds.bottom);
  const goalsAt = label ? { row: label.row, col: label.cell.col } : items[0]?.at ?? { row: headerRow, col: bounds.left };
  if (items.length > 0) {
    const goals = items.map(({ label: item, row }) => {
      const value = firstValueRightOf(rows, row, item.right);
      return value ? { label: item.text, text: value.text, at: { row, col: value.col } } : { label: item.text, text: '', at: { row, col: item.right + 1 } };
    });
    return { goals, goalsAt };
  }
  if (!label) return { goals: [], goalsAt };
  const merge = grid.mergeOf(label.row, label.cell.col);
  const last = Math.min(merge ? merge.row + merge.rows - 1 : label.row, bounds.bottom);
  const goals: Goal[] = [];
  for (let r = label.row; r <= last; r++) {
    const value = firstValueRightOf(rows, r, label.cell.right);
    if (value) goals.push({ label: '', text: value.text, at: { row: r, col: value.col } });
  }
  if (goals.length > 0) return { goals, goalsAt };
  const empty = valueBeside(grid, rows, label.cell, label.row, bounds);
  return { goals: [{ label: '', text: empty.text, at: empty.at }], goalsAt };
}

function goalItems(rows: SheetRows, top: number, bottom: number): Array<{ label: CellInfo; row: number; at: { row: number; col: number } }> {
  const items: Array<{ label: CellInfo; row: number; at: { row: number; col: number } }> = [];
  for (let r = top; r <= bottom; r++) {
    const cell = rows.get(r)?.cells.find((c) => goalItemOf(c.text) !== null);
    if (cell) items.push({ label: { ...cell, text: goalItemOf(cell.text)! }, row: r, at: { row: r, col: cell.col } });
  }
  return items;
}
