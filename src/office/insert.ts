/**
 * Template commands in Excel (SPEC §3), over Office.js only: detect the type of the table under the
 * selection, insert the template rows it lacks, undo that insertion, create a whole new table.
 *
 * Rows are inserted as whole new sheet rows (Range.insert down), so no existing cell is ever written and the
 * rows beside the table stay level with it; an undo deletes exactly those rows, which restores the sheet
 * (merges that were extended over the new rows shrink back with them). Syncs: one to read the sheet, one to
 * read the model row's formats and the `指标模板` sheet, one to write — never one per row.
 * Validation marks are cleared first: they are recorded by cell address and would point at the wrong cells
 * once rows move.
 */
import { rangeToA1, type CellRange } from '../core/grid';
import type { GoalTable } from '../core/model';
import {
  formTableGrid,
  matchTable,
  renderTemplate,
  templateOf,
  templateTable,
  TemplateError,
  type FormLayout,
  type Template,
  type TemplateLibrary,
} from '../core/templates';
import { AddinError, type TableSummary, type TemplateMatchSummary } from './api';
import type { OfficeHost } from './host';
import { missingRows, planInsertion, tableColumns, type InsertBlock, type InsertPlan } from './insert-plan';
import { parseRange, sheetRef } from './ranges';
import { detectFeatures, type Features } from './requirements';
import { readForTemplates, tableAtSelection, type TemplateSheetRead } from './templates-read';
import { clearMarks, summarise, toAddinError } from './validate';

type Written = string | number;

/** What one template command wrote, enough to take it back exactly. */
export type LedgerEntry =
  | { kind: 'rows'; sheetName: string; blocks: Array<{ top: number; count: number; left: number; values: Written[][] }> }
  | { kind: 'sheet'; sheetName: string; range: CellRange; values: Written[][] };

/** The insertions made from the pane, newest last (kept for the session). */
export class TemplateLedger {
  private readonly entries: LedgerEntry[] = [];
  push(entry: LedgerEntry): void {
    this.entries.push(entry);
  }
  peek(): LedgerEntry | undefined {
    return this.entries[this.entries.length - 1];
  }
  pop(): LedgerEntry | undefined {
    return this.entries.pop();
  }
  get size(): number {
    return this.entries.length;
  }
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
type Edge = (typeof BORDER_EDGES)[number];

interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

interface CellFormat {
  fontName: string | null;
  fontSize: number | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  wrapText: boolean | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  borders: Partial<Record<Edge, BorderFormat>>;
}

export async function detectTemplate(host: OfficeHost): Promise<{ table: TableSummary; match: TemplateMatchSummary } | null> {
  const features = detectFeatures(host.requirements);
  try {
    return await host.run(async (context) => {
      const sheet = await readForTemplates(context, features);
      if (sheet.tables.length === 0) return null;
      const library = sheet.queueLibrary();
      await context.sync();
      const table = tableAtSelection(sheet.tables, sheet.selection);
      const match = matchTable(table, library());
      return { table: summarise([table], () => match.type)[0], match };
    });
  } catch (error) {
    throw toAddinError(error);
  }
}

export async function insertTemplate(
  host: OfficeHost,
  ledger: TemplateLedger,
  type: string,
  options: { all: boolean },
): Promise<{ inserted: number }> {
  const features = detectFeatures(host.requirements);
  await clearMarks(host);
  try {
    return await host.run(async (context) => {
      const sheet = await readForTemplates(context, features);
      assertWritable(sheet);
      const table = tableAtSelection(sheet.tables, sheet.selection);
      const library = sheet.queueLibrary();
      const { left, right, modelRow } = tableColumns(table);
      const ws = context.workbook.worksheets.getItem(sheet.read.sheetName);
      const formats = queueFormatRead(ws, modelRow, left, right);
      await context.sync();
      const lib = library();
      const rows = renderTemplate(
        resolveTemplate(type, lib).id,
        { budget: table.header.budget?.amount ?? undefined, unit: table.header.unit, framework: frameworkOf(table) },
        lib,
      );
      const wanted = missingRows(table, rows, options.all);
      if (wanted.length === 0) return { inserted: 0 };
      const plan = planInsertion(sheet.read.grid, table, wanted, { known: features.mergedAreas, canMerge: canMerge(features) });
      const model = formats();
      if (modelRow === table.indicatorHeader.row) for (const f of model) f.bold = false;
      queueInsertion(ws, plan, model);
      await context.sync();
      ledger.push({ kind: 'rows', sheetName: sheet.read.sheetName, blocks: finalBlocks(plan) });
      return { inserted: plan.count };
    });
  } catch (error) {
    throw toAddinError(error);
  }
}

function resolveTemplate(type: string, library: TemplateLibrary): Template {
  try {
    return templateOf(type, library);
  } catch (error) {
    if (error instanceof TemplateError) throw new AddinError('failed', error.message);
    throw error;
  }
}

function frameworkOf(table: GoalTable): 'classic' | '2021' {
  return table.indicators.some((i) => i.level1Kind === 'cost') ? '2021' : 'classic';
}

function canMerge(features: Features): boolean {
  // Range.merge is ExcelApi 1.2, which is what the protection check needs too.
  return features.protection;
}

function assertWritable(sheet: TemplateSheetRead): void {
  if (sheet.read.protected) {
    throw new AddinError('protected', `工作表“${sheet.read.sheetName}”受保护，未做任何修改。请先撤销工作表保护。`);
  }
}

function queueFormatRead(ws: Excel.Worksheet, row: number, left: number, right: number): () => CellFormat[] {
  const reads: Array<() => CellFormat> = [];
  for (let col = left; col <= right; col++) {
    const format = ws.getCell(row, col).format;
    format.load('wrapText,horizontalAlignment,verticalAlignment');
    format.font.load('name,size,color,bold,italic');
    const borders = BORDER_EDGES.map((edge) => [edge, format.borders.getItem(edge).load('style,color,weight')] as const);
    reads.push(() => ({
      fontName: format.font.name,
      fontSize: format.font.size,
      fontColor: format.font.color,
      bold: format.font.bold,
      italic: format.font.italic,
      wrapText: format.wrapText,
      horizontalAlignment: format.horizontalAlignment,
      verticalAlignment: format.verticalAlignment,
      borders: Object.fromEntries(borders.map(([edge, b]) => [edge, { style: b.style, color: b.color, weight: b.weight }])),
    }));
  }
  return () => reads.map((read) => read());
}

/** Queues every block, bottom-up: insert the rows, format them like the model row, write values, merge. */
function queueInsertion(ws: Excel.Worksheet, plan: InsertPlan, model: CellFormat[]): void {
  for (const block of plan.blocks) {
    const n = block.rows.length;
    ws.getRange(`${block.at + 1}:${block.at + n}`).insert('Down' as Excel.InsertShiftDirection);
    for (let col = plan.left; col <= plan.right; col++) {
      if (block.covered.includes(col)) continue;
      applyFormat(rangeAt(ws, block.at, col, n, 1), model[col - plan.left], n);
    }
    for (const run of columnRuns(plan.left, plan.right, block.covered)) {
      const values = block.cells.map((line) => line.slice(run.left - plan.left, run.right - plan.left + 1).map(asText));
      rangeAt(ws, block.at, run.left, n, run.right - run.left + 1).values = values;
    }
    for (const m of block.merges) rangeAt(ws, m.row, m.col, m.rows, m.cols).merge(false);
  }
}

/** A rectangle by position, as an A1 address (Worksheet.getRangeByIndexes needs ExcelApi 1.7). */
function rangeAt(ws: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Excel.Range {
  return ws.getRange(rangeToA1({ top, left, bottom: top + rows - 1, right: left + cols - 1 }));
}

function applyFormat(range: Excel.Range, f: CellFormat, rows: number): void {
  const format = range.format;
  format.fill.clear();
  if (f.wrapText !== null) format.wrapText = f.wrapText;
  if (f.horizontalAlignment) format.horizontalAlignment = f.horizontalAlignment as Excel.HorizontalAlignment;
  if (f.verticalAlignment) format.verticalAlignment = f.verticalAlignment as Excel.VerticalAlignment;
  if (f.fontName) format.font.name = f.fontName;
  if (f.fontSize) format.font.size = f.fontSize;
  if (f.fontColor) format.font.color = f.fontColor;
  if (f.bold !== null) format.font.bold = f.bold;
  if (f.italic !== null) format.font.italic = f.italic;
  const horizontal = f.borders.EdgeBottom?.style !== 'None' ? f.borders.EdgeBottom : f.borders.EdgeTop;
  const edges: Array<[string, BorderFormat | undefined]> = [
    ['EdgeLeft', f.borders.EdgeLeft],
    ['EdgeRight', f.borders.EdgeRight],
    ['EdgeTop', horizontal],
    ['EdgeBottom', horizontal],
  ];
  if (rows > 1) edges.push(['InsideHorizontal', horizontal]);
  for (const [edge, border] of edges) {
    if (!border || !border.style || border.style === 'None') continue;
    const item = format.borders.getItem(edge as Excel.BorderIndex);
    item.style = border.style as Excel.BorderLineStyle;
    if (border.color) item.color = border.color;
    if (border.weight) item.weight = border.weight as Excel.BorderWeight;
  }
}

function columnRuns(left: number, right: number, covered: readonly number[]): Array<{ left: number; right: number }> {
  const runs: Array<{ left: number; right: number }> = [];
  for (let col = left; col <= right; col++) {
    if (covered.includes(col)) continue;
    const last = runs[runs.length - 1];
    if (last && last.right === col - 1) last.right = col;
    else runs.push({ left: col, right: col });
  }
  return runs;
}

/** A text starting with `=` would become a formula: `=100%` is written with a full-width `＝` (read the same). */
function asText(text: string): string {
  return text.startsWith('=') ? `＝${text.slice(1)}` : text;
}

/** Where each block ends up once every block is inserted (blocks higher up push the lower ones down). */
function finalBlocks(plan: InsertPlan): Array<{ top: number; count: number; left: number; values: Written[][] }> {
  return plan.blocks.map((block: InsertBlock) => {
    const shift = plan.blocks.filter((b) => b.at < block.at).reduce((n, b) => n + b.rows.length, 0);
    const values = block.cells.map((line) => line.map((v, i) => (block.covered.includes(plan.left + i) ? '' : asText(v))));
    return { top: block.at + shift, count: block.rows.length, left: plan.left, values };
  });
}

/**
 * Takes back the last insertion or created table. Refuses (AddinError 'failed', nothing changed) when the
 * rows were edited or moved since: deleting them then would lose the user's work.
 */
export async function undoInsert(host: OfficeHost, ledger: TemplateLedger): Promise<boolean> {
  const entry = ledger.peek();
  if (!entry) return false;
  const features = detectFeatures(host.requirements);
  await clearMarks(host);
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(entry.sheetName);
      const checks = entry.kind === 'rows'
        ? entry.blocks.map((b) => ({ expected: b.values, range: rangeAt(sheet, b.top, b.left, b.count, b.values[0].length).load('values') }))
        : [{ expected: entry.values, range: rangeAt(sheet, entry.range.top, entry.range.left, entry.values.length, entry.values[0].length).load('values') }];
      const used = (features.protection ? sheet.getUsedRange(true) : sheet.getUsedRange()).load('address');
      await context.sync();
      const unchanged =
        checks.every((c) => sameValues(c.range.values, c.expected)) &&
        (entry.kind === 'sheet' ? within(parseRange(used.address), entry.range) : await emptyBeside(context, sheet, entry.blocks, parseRange(used.address)));
      if (!unchanged) {
        throw new AddinError('failed', '插入的内容已被修改或移动，无法撤销。请手动删除不需要的行。');
      }
      if (entry.kind === 'sheet') sheet.delete();
      else for (const b of [...entry.blocks].sort((x, y) => y.top - x.top)) sheet.getRange(`${b.top + 1}:${b.top + b.count}`).delete('Up' as Excel.DeleteShiftDirection);
      await context.sync();
    });
  } catch (error) {
    throw toAddinError(error);
  }
  ledger.pop();
  return true;
}

/**
 * Undo deletes whole sheet rows: true when nothing was written on them beside the inserted cells since.
 * Costs one more sync, only when the sheet's used range is wider than the inserted blocks.
 */
async function emptyBeside(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  blocks: ReadonlyArray<{ top: number; count: number; left: number; values: Written[][] }>,
  used: CellRange,
): Promise<boolean> {
  const beside = blocks.flatMap((b) =>
    [
      [used.left, b.left - 1],
      [b.left + b.values[0].length, used.right],
    ]
      .filter(([left, right]) => left <= right)
      .map(([left, right]) => rangeAt(sheet, b.top, left, b.count, right - left + 1).load('values')),
  );
  if (beside.length === 0) return true;
  await context.sync();
  return beside.every((range) => range.values.every((line) => line.every((v) => v === '' || v === null)));
}

function within(inner: CellRange, outer: CellRange): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

function sameValues(actual: unknown[][], expected: Written[][]): boolean {
  return expected.every((line, r) => line.every((v, c) => String(actual[r]?.[c] ?? '') === String(v)));
}

/**
 * Creates a whole form-layout table for `type` and `budget`: at the selection (new rows are inserted there,
 * so nothing below is overwritten; the table takes the money unit of the sheet's tables) or on a new sheet.
 */
export async function createTable(
  host: OfficeHost,
  ledger: TemplateLedger,
  type: string,
  budget: number,
  where: 'selection' | 'new-sheet',
): Promise<{ range: string }> {
  if (!Number.isFinite(budget) || budget < 0) throw new AddinError('failed', `预算数不是有效金额：${budget}`);
  const features = detectFeatures(host.requirements);
  if (where === 'selection') await clearMarks(host);
  try {
    return await host.run(async (context) => {
      const sheet = await readForTemplates(context, features);
      const library = sheet.queueLibrary();
      await context.sync();
      const lib = library();
      const template = resolveTemplate(type, lib);
      const unit = sheet.tables[0]?.header.unit ?? '万元';
      const spec = templateTable(template.id, { budget, unit }, lib);
      const layout = formTableGrid(spec);
      let target: Excel.Worksheet;
      let sheetName: string;
      let top = 0;
      let left = 0;
      if (where === 'new-sheet') {
        sheetName = uniqueSheetName(`${template.name}绩效目标表`, sheet.sheetNames);
        target = context.workbook.worksheets.add(sheetName);
      } else {
        assertWritable(sheet);
        ({ row: top, col: left } = sheet.selection ?? { row: sheet.read.grid.rowCount + 1, col: 0 });
        assertOutsideTables(sheet.tables, top);
        sheetName = sheet.read.sheetName;
        target = context.workbook.worksheets.getItem(sheetName);
        target.getRange(`${top + 1}:${top + layout.rows}`).insert('Down' as Excel.InsertShiftDirection);
      }
      const values = queueTable(target, layout, top, left, canMerge(features));
      if (where === 'new-sheet') target.activate();
      target.getCell(top, left).select();
      await context.sync();
      const range: CellRange = { top, left, bottom: top + layout.rows - 1, right: left + layout.cols - 1 };
      ledger.push(
        where === 'new-sheet'
          ? { kind: 'sheet', sheetName, range, values }
          : { kind: 'rows', sheetName, blocks: [{ top, count: layout.rows, left, values }] },
      );
      return { range: `${sheetRef(sheetName)}!${rangeToA1(range)}` };
    });
  } catch (error) {
    throw toAddinError(error);
  }
}

function assertOutsideTables(tables: readonly GoalTable[], row: number): void {
  const inside = tables.find((t) => row > t.range.top && row <= t.range.bottom);
  if (inside) {
    throw new AddinError('failed', `所选单元格位于已有的表格“${inside.header.title.text}”之内，请选择表格之间或下方的空白单元格，或新建工作表。`);
  }
}

/** Writes a laid-out table at (top, left) with a plain bordered look; returns the values written. */
function queueTable(ws: Excel.Worksheet, layout: FormLayout, top: number, left: number, merge: boolean): Written[][] {
  const { grid, rows, cols } = layout;
  const values: Written[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const cells = Array.from({ length: cols }, (_, c) => grid.get(r, c));
    values.push(cells.map(({ value: v }) => (typeof v === 'number' ? v : typeof v === 'string' ? asText(v) : '')));
    numberFormats.push(cells.map((cell) => cell.numberFormat ?? 'General'));
  }
  const area = rangeAt(ws, top, left, rows, cols);
  area.clear('Formats' as Excel.ClearApplyTo);
  area.values = values;
  area.numberFormat = numberFormats;
  const format = area.format;
  format.wrapText = true;
  format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
  const body = rangeAt(ws, top + 2, left, rows - 2, cols).format.borders;
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']) {
    const border = body.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous' as Excel.BorderLineStyle;
    border.weight = 'Thin' as Excel.BorderWeight;
  }
  const title = rangeAt(ws, top + layout.titleRow, left, 1, cols).format;
  title.font.bold = true;
  title.font.size = 14;
  title.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
  const header = rangeAt(ws, top + layout.headerRows[layout.headerRows.length - 1], left, 1, cols).format;
  header.font.bold = true;
  header.horizontalAlignment = 'Center' as Excel.HorizontalAlignment;
  if (merge) for (const m of grid.merges) rangeAt(ws, top + m.row, left + m.col, m.rows, m.cols).merge(false);
  return values;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitive). */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '绩效目标表';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
