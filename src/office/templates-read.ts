/**
 * The reads behind the template commands: the active sheet as a Grid (read.ts, one sync), the selection,
 * and the organisation's `指标模板` sheet when the workbook has one.
 */
import type { Grid } from '../core/grid';
import type { GoalTable } from '../core/model';
import { parseSheet } from '../core/parse';
import { LIBRARY_SHEET_NAME, organisationLibrary, type SheetLibrary } from '../core/templates';
import { AddinError } from './api';
import { gridOf, readActiveSheet, type SheetRead } from './read';
import { parseRange } from './ranges';
import type { Features } from './requirements';
import type { SettingsStore } from './settings';

/** The template commands store nothing in the workbook's settings. */
const NO_STORE: SettingsStore = {
  batched: true,
  queueRead: () => () => ({}),
  queueWrite: () => undefined,
  flush: async () => undefined,
};

export interface TemplateSheetRead {
  read: SheetRead;
  tables: GoalTable[];
  /** Top-left cell of the selection, when it is on the active sheet. */
  selection: { row: number; col: number } | null;
  sheetNames: string[];
  /** Queues the read of the `指标模板` sheet (nothing when there is none); call `library()` after the next sync. */
  queueLibrary(): () => SheetLibrary;
}

export async function readForTemplates(context: Excel.RequestContext, features: Features): Promise<TemplateSheetRead> {
  const selected = context.workbook.getSelectedRange();
  const sheets = context.workbook.worksheets;
  const queue = () => {
    selected.load('address');
    sheets.load('items/name');
  };
  queue();
  const read = await readActiveSheet(context, { features, store: NO_STORE, keys: [], requeue: queue });
  const sheetNames = sheets.items.map((s) => s.name);
  const range = parseSelection(selected.address, read.sheetName);
  return {
    read,
    tables: parseSheet(read.grid),
    selection: range,
    sheetNames,
    queueLibrary: () => queueLibrary(context, sheetNames, features),
  };
}

function parseSelection(address: string, activeSheet: string): { row: number; col: number } | null {
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'") : activeSheet;
  if (sheet !== activeSheet) return null;
  try {
    const r = parseRange(address.slice(bang + 1).split(',')[0]);
    return { row: r.top, col: r.left };
  } catch {
    // A whole-row or whole-column selection (`3:5`, `A:C`) has no cell to anchor on.
    const rows = /^\$?(\d+):\$?\d+$/.exec(address.slice(bang + 1));
    return rows ? { row: Number(rows[1]) - 1, col: 0 } : null;
  }
}

function queueLibrary(context: Excel.RequestContext, sheetNames: string[], features: Features): () => SheetLibrary {
  const name = sheetNames.find((n) => n.trim() === LIBRARY_SHEET_NAME);
  if (!name) return () => organisationLibrary();
  const sheet = context.workbook.worksheets.getItem(name);
  const used = (features.nullObjects ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange()).load(
    'rowIndex,columnIndex,values,text,numberFormat',
  );
  return () => {
    if (used.isNullObject) return organisationLibrary();
    const grid: Grid = gridOf(name, used.rowIndex, used.columnIndex, used.values, used.text, used.numberFormat);
    return organisationLibrary(grid);
  };
}

/** The table under the selection (or the nearest one above it), else the first table on the sheet. */
export function tableAtSelection(tables: readonly GoalTable[], selection: { row: number } | null): GoalTable {
  if (tables.length === 0) throw new AddinError('no-tables', '当前工作表中没有找到绩效目标表。');
  if (!selection) return tables[0];
  const above = tables.filter((t) => t.range.top <= selection.row);
  return above[above.length - 1] ?? tables[0];
}
