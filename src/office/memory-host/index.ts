/**
 * The in-memory Excel host: `host.run` behaves like `Excel.run` over a MemWorkbook, `host.requirements`
 * like `Office.context.requirements` for the chosen profile, `host.office` like the `Office` global.
 * Used by the tests and by the browser playground (it is browser-safe).
 *
 *   const host = MemoryHost.fromGrid(grid, { profile: 'excel-2016' });
 *   const api = createWorkbookApi(host);          // the same code that runs in Excel
 *   const saved = host.save(); const reopened = MemoryHost.reopen(saved);
 */
import { Grid, type Cell } from '../../core/grid';
import type { DocumentSettingsLike, ExcelRun, OfficeHost, RequirementChecker } from '../host';
import { MemoryRequestContext, type HostState } from './context';
import { cellText, Workbook } from './excel';
import { cellKey, cloneJson, emptyWorkbook, mergeRange, parseKey, type MemCell, type MemSheet, type MemWorkbook } from './model';
import { profileSupports, type HostProfile } from './requirements';

export { OfficeError } from './context';
export * from './model';
export type { HostProfile } from './requirements';

export interface MemoryHostOptions {
  profile?: HostProfile;
  /** Bytes one sync may return; Excel on the web: 5 MB. Default: unlimited (desktop). */
  payloadLimit?: number;
  displayLanguage?: string;
}

/** The memory host's context: the fake context with its workbook property, typed as Office.js's. */
class Context extends MemoryRequestContext {
  readonly workbook = new Workbook(this);
}

export class MemoryHost implements OfficeHost {
  private readonly state: HostState;
  readonly documentSettings: DocumentSettingsLike;
  readonly requirements: RequirementChecker;
  readonly office: OfficeLike;

  constructor(workbook: MemWorkbook = emptyWorkbook(), options: MemoryHostOptions = {}) {
    const profile = options.profile ?? 'microsoft-365';
    this.state = { workbook, profile, syncCount: 0, payloadLimit: options.payloadLimit ?? Infinity };
    this.requirements = { isSetSupported: (name, version) => profileSupports(profile, name, version) };
    this.documentSettings = new DocumentSettings(() => this.state.workbook);
    this.office = {
      context: {
        requirements: this.requirements,
        document: { settings: this.documentSettings },
        displayLanguage: options.displayLanguage ?? 'zh-CN',
      },
      actions: profileSupports(profile, 'SharedRuntime', '1.1') ? { associate: (id, fn) => this.actions.set(id, fn) } : undefined,
    };
  }

  /** Functions registered with `Office.actions.associate`. */
  readonly actions = new Map<string, (event: unknown) => unknown>();

  static fromGrid(grid: Grid, options?: MemoryHostOptions): MemoryHost {
    return MemoryHost.fromGrids([grid], options);
  }

  /** A workbook with one sheet per grid; the first is active. */
  static fromGrids(grids: Grid[], options?: MemoryHostOptions): MemoryHost {
    const wb = emptyWorkbook(grids.map((grid) => grid.sheetName));
    grids.forEach((grid, i) => importGrid(wb.sheets[i], grid));
    return new MemoryHost(wb, options);
  }

  /** "Open" a saved workbook: a fresh host, nothing shared with the one that saved it. */
  static reopen(saved: string, options?: MemoryHostOptions): MemoryHost {
    return new MemoryHost(JSON.parse(saved) as MemWorkbook, options);
  }

  get workbook(): MemWorkbook {
    return this.state.workbook;
  }

  /** `context.sync()` calls made so far (including the final flush of `run`). */
  get syncCount(): number {
    return this.state.syncCount;
  }

  resetSyncCount(): void {
    this.state.syncCount = 0;
  }

  readonly run: ExcelRun = async (batch) => {
    const context = new Context(this.state);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run flushes what the batch queued but did not sync.
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  /** The workbook as a file would keep it. */
  save(): string {
    return JSON.stringify(this.state.workbook);
  }

  sheet(name?: string): MemSheet {
    const wb = this.state.workbook;
    const sheet = name === undefined ? wb.sheets.find((s) => s.id === wb.activeSheetId) : wb.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name ?? '(active)'}`);
    return sheet;
  }

  activate(name: string): void {
    this.state.workbook.activeSheetId = this.sheet(name).id;
  }

  /** The sheet's content as the core sees it. */
  toGrid(name?: string): Grid {
    return exportGrid(this.sheet(name));
  }

  /** The sheet as Excel would draw it, for the playground grid. */
  render(name?: string): RenderedSheet {
    return renderSheet(this.sheet(name));
  }
}

export interface OfficeLike {
  context: {
    requirements: RequirementChecker;
    document: { settings: DocumentSettingsLike };
    displayLanguage: string;
  };
  actions?: { associate(id: string, fn: (event: unknown) => unknown): void };
}

/**
 * `Office.context.document.settings`: a snapshot taken when the add-in starts, written back as a whole by
 * saveAsync (so two runtimes that save can overwrite each other; refreshAsync re-reads the document).
 */
class DocumentSettings implements DocumentSettingsLike {
  private snapshot: Record<string, unknown>;
  constructor(private readonly workbook: () => MemWorkbook) {
    this.snapshot = cloneJson(workbook().settings);
  }
  get(name: string): unknown {
    return name in this.snapshot ? cloneJson(this.snapshot[name]) : null;
  }
  set(name: string, value: unknown): void {
    this.snapshot[name] = cloneJson(value);
  }
  remove(name: string): void {
    delete this.snapshot[name];
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    this.workbook().settings = cloneJson(this.snapshot);
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  }
  refreshAsync(callback?: (result: { status: string }) => void): void {
    this.snapshot = cloneJson(this.workbook().settings);
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  }
}

function importGrid(sheet: MemSheet, grid: Grid): void {
  for (let row = 0; row < grid.rowCount; row++) {
    for (let col = 0; col < grid.colCount; col++) {
      const cell = grid.get(row, col);
      if (cell.value === null && !cell.error) continue;
      sheet.cells[cellKey(row, col)] = memCellOf(cell);
    }
  }
  for (const m of grid.merges) sheet.merges.push({ ...m });
}

function memCellOf(cell: Cell): MemCell {
  const value = cell.error ?? cell.value ?? '';
  const mem: MemCell = { value, numberFormat: cell.numberFormat ?? 'General', format: {}, text: cell.text };
  if (cell.formula) mem.formula = typeof value === 'number' ? `=${value}` : `="${String(value).replace(/"/g, '""')}"`;
  return mem;
}

const ERROR_VALUE = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

function exportGrid(sheet: MemSheet): Grid {
  const grid = new Grid(sheet.name);
  for (const [key, mem] of Object.entries(sheet.cells)) {
    if (mem.value === '' && mem.formula === undefined) continue;
    const { row, col } = parseKey(key);
    const cell: Cell = { value: mem.value, text: cellText(mem), numberFormat: mem.numberFormat };
    if (typeof mem.value === 'string' && ERROR_VALUE.test(mem.value)) cell.error = mem.value;
    if (mem.formula !== undefined) cell.formula = true;
    grid.set(row, col, cell);
  }
  for (const m of sheet.merges) grid.addMerge({ ...m });
  return grid;
}

export interface RenderedCell {
  text: string;
  /** What Excel draws: a true conditional format's fill over the cell's own fill; null = no fill. */
  fill: string | null;
  ownFill: string | null;
  bold: boolean;
  wrapText: boolean;
  /** Set on the top-left cell of a merged area. */
  span?: { rows: number; cols: number };
  /** Covered by a merged area (not its top-left cell): not drawn. */
  covered: boolean;
}

export interface RenderedSheet {
  name: string;
  rows: number;
  cols: number;
  protected: boolean;
  cells: RenderedCell[][];
}

/**
 * Evaluates what the host can of a CF rule: constant-true formulas (`=TRUE`, `=N("…")=0`, which goaltable
 * uses) are true; anything else is treated as false.
 */
function ruleIsTrue(formula: string): boolean {
  return /^=\s*TRUE\s*$/i.test(formula) || /^=\s*N\("[^"]*"\)\s*=\s*0\s*$/i.test(formula);
}

function renderSheet(sheet: MemSheet): RenderedSheet {
  let rows = 0;
  let cols = 0;
  for (const key of Object.keys(sheet.cells)) {
    const { row, col } = parseKey(key);
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.row + m.rows);
    cols = Math.max(cols, m.col + m.cols);
  }
  const cells: RenderedCell[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: RenderedCell[] = [];
    for (let col = 0; col < cols; col++) {
      const mem = sheet.cells[cellKey(row, col)];
      const cf = sheet.conditionalFormats.find(
        (c) => c.type === 'Custom' && c.fill && ruleIsTrue(c.formula) && c.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right),
      );
      const ownFill = mem?.format.fill ?? null;
      line.push({
        text: cellText(mem),
        fill: cf?.fill ?? ownFill,
        ownFill,
        bold: mem?.format.bold ?? false,
        wrapText: mem?.format.wrapText ?? false,
        covered: false,
      });
    }
    cells.push(line);
  }
  for (const m of sheet.merges) {
    const r = mergeRange(m);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) cells[row][col].covered = true;
    cells[m.row][m.col].covered = false;
    cells[m.row][m.col].span = { rows: m.rows, cols: m.cols };
  }
  return { name: sheet.name, rows, cols, protected: sheet.protection.protected, cells };
}
