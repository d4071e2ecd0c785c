/**
 * An organisation's own template library, kept in a sheet named `指标模板`:
 *   项目类型 | 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 [| 关键词]
 * 项目类型 is a built-in type id or its Chinese name (that template is replaced) or a new name (a new custom
 * type). A blank 项目类型 / 一级 / 二级 cell continues the one above (merged cells read that way).
 */
import { Grid, toA1, type Cell } from '../grid';
import { normaliseLabel } from '../parse/labels';
import { builtinLibrary, findTemplate, mergeLibraries } from './library';
import type { Template, TemplateLibrary, TemplateRow } from './types';

export const LIBRARY_SHEET_NAME = '指标模板';

type Column = 'type' | 'level1' | 'level2' | 'level3' | 'description' | 'value' | 'basis' | 'keywords';

const HEADERS: ReadonlyArray<[Column, string]> = [
  ['type', '项目类型'],
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['level3', '三级指标'],
  ['description', '绩效指标描述'],
  ['value', '指标值'],
  ['basis', '指标值确定依据'],
  ['keywords', '关键词'],
];

const REQUIRED: readonly Column[] = ['type', 'level1', 'level2', 'level3', 'value'];

const headerText = (column: Column): string => HEADERS.find(([c]) => c === column)![1];

export interface SheetLibrary extends TemplateLibrary {
  /** What could not be read, in Chinese, with the cell (nothing is silently dropped). */
  problems: string[];
}

/** Reads a `指标模板` sheet. Types are resolved against `base` (the built-in library by default). */
export function libraryFromGrid(grid: Grid, base: TemplateLibrary = builtinLibrary()): SheetLibrary {
  const header = findHeader(grid);
  if (!header) {
    const names = REQUIRED.map(headerText).join('、');
    return { templates: [], problems: [`${grid.sheetName}：找不到表头行（需要列：${names}）`] };
  }
  const { row: headerRow, columns } = header;
  const byType = new Map<string, Template>();
  const problems: string[] = [];
  let carried: Partial<Record<Column, string>> = {};
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const cell = (c: Column) => (columns[c] === undefined ? '' : grid.text(r, columns[c]!));
    const own = Object.fromEntries(HEADERS.map(([c]) => [c, cell(c)])) as Record<Column, string>;
    if (HEADERS.every(([c]) => own[c] === '')) continue;
    const type = own.type || carried.type || '';
    const level1 = own.level1 || (own.type ? '' : carried.level1 ?? '');
    const level2 = own.level2 || (own.level1 || own.type ? '' : carried.level2 ?? '');
    carried = { type, level1, level2 };
    const missing = REQUIRED.filter((c) => ({ ...own, type, level1, level2 })[c] === '');
    if (missing.length) {
      const labels = missing.map(headerText).join('、');
      problems.push(`${grid.sheetName}!${toA1(r, columns.level3!)}：缺少${labels}，此行未读入`);
      continue;
    }
    const template = templateFor(byType, type, base);
    if (own.keywords) template.keywords.push(...splitKeywords(own.keywords));
    template.rows.push({ level1, level2, level3: own.level3, description: own.description, value: own.value, basis: own.basis });
  }
  return { templates: [...byType.values()], problems };
}

function templateFor(byType: Map<string, Template>, type: string, base: TemplateLibrary): Template {
  const builtin = findTemplate(base, type);
  const id = builtin?.id ?? type;
  let template = byType.get(id);
  if (!template) {
    template = builtin
      ? { id, name: builtin.name, keywords: [], goal: builtin.goal, rows: [] }
      : { id, name: type, keywords: [type], rows: [] };
    byType.set(id, template);
  }
  return template;
}

function splitKeywords(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((k) => k.trim()).filter(Boolean);
}

function findHeader(grid: Grid): { row: number; columns: Partial<Record<Column, number>> } | undefined {
  const lastRow = Math.min(grid.rowCount, 50);
  for (let r = 0; r < lastRow; r++) {
    const columns: Partial<Record<Column, number>> = {};
    for (let c = 0; c < grid.colCount; c++) {
      const label = normaliseLabel(grid.text(r, c));
      const hit = HEADERS.find(([, text]) => text === label);
      if (hit && columns[hit[0]] === undefined) columns[hit[0]] = c;
    }
    if (REQUIRED.every((c) => columns[c] !== undefined)) return { row: r, columns };
  }
  return undefined;
}

/** The built-in library extended or overridden by an organisation's `指标模板` sheet (when there is one). */
export function organisationLibrary(sheet?: Grid, base: TemplateLibrary = builtinLibrary()): SheetLibrary {
  if (!sheet) return { ...base, problems: [] };
  const own = libraryFromGrid(sheet, base);
  return { ...mergeLibraries(base, own), problems: own.problems };
}

/** The library as a `指标模板` sheet: a header row, then one row per indicator with every column filled. */
export function libraryToGrid(library: TemplateLibrary = builtinLibrary(), sheetName = LIBRARY_SHEET_NAME): Grid {
  const grid = new Grid(sheetName);
  HEADERS.forEach(([, text], c) => grid.set(0, c, textCell(text)));
  let r = 1;
  for (const template of library.templates) {
    template.rows.forEach((row: TemplateRow, i) => {
      const cells = [template.name, row.level1, row.level2, row.level3, row.description, row.value, row.basis];
      if (i === 0) cells.push(template.keywords.join('、'));
      cells.forEach((text, c) => {
        if (text) grid.set(r, c, textCell(text));
      });
      r++;
    });
  }
  return grid;
}

function textCell(text: string): Cell {
  return { value: text, text };
}
