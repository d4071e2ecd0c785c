/**
 * Fake Excel object model over a MemWorkbook: Workbook, WorksheetCollection, Worksheet, Range, RangeAreas,
 * formats, conditional formats, settings, protection. Each member is tagged with the ExcelApi version that
 * introduced it (from @types/office-js), so that an "Excel 2016" host rejects what Excel 2016 lacks.
 */
import { format as formatNumber } from 'numfmt';
import type { CellRange } from '../../core/grid';
import { fullAddress, parseAddress } from './address';
import { ClientObject, ClientResult, fail, type AnyObject, type MemoryRequestContext } from './context';
import {
  addSheet,
  blankCell,
  cellKey,
  cloneJson,
  contains,
  deleteShiftUp,
  insertShiftDown,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  mergeRange,
  mergesStartingIn,
  newId,
  subtract,
  type BorderEdge,
  type MemCell,
  type MemConditionalFormat,
  type MemFormat,
  type MemSheet,
  type MemValue,
  type MemWorkbook,
  indexSheet,
  type SheetIndex,
} from './model';

/** What Excel reports for a cell with no fill (office-js#6218: "No Fill" and solid white both read #FFFFFF). */
export const NO_FILL_COLOR = '#FFFFFF';

const NAMED_COLORS: Record<string, string> = {
  white: '#FFFFFF',
  black: '#000000',
  red: '#FF0000',
  yellow: '#FFFF00',
  green: '#008000',
  blue: '#0000FF',
  orange: '#FFA500',
  pink: '#FFC0CB',
  lightgreen: '#90EE90',
};

export function normaliseColor(color: string): string {
  const c = color.trim();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  const named = NAMED_COLORS[c.toLowerCase()];
  if (named) return named;
  fail('InvalidArgument', 'color');
}

function findSheet(wb: MemWorkbook, id: string): MemSheet | null {
  return wb.sheets.find((s) => s.id === id) ?? null;
}

function assertWritable(sheet: MemSheet, location: string): void {
  if (sheet.protection.protected) fail('AccessDenied', location);
}

interface RangeTarget {
  sheet: MemSheet;
  range: CellRange;
}

function cellsOf(r: CellRange): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push([row, col]);
  return out;
}

function cellCount(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Range reads are capped at five million cells on every platform (performance.md). */
function assertReadable(r: CellRange): void {
  if (cellCount(r) > 5_000_000) fail('RangeExceedsLimit', 'Range.values');
}

/**
 * The sheet's cells by position and its used ranges: one scan of every cell, remembered by the context until
 * an operation writes (a range's target is resolved again at each use, so each load would rescan).
 */
function sheetIndex(context: MemoryRequestContext, sheet: MemSheet): SheetIndex {
  return context.memoize(`${sheet.id} index`, () => indexSheet(sheet));
}

function getCell(sheet: MemSheet, row: number, col: number): MemCell | undefined {
  return sheet.cells[cellKey(row, col)];
}

function ensureCell(sheet: MemSheet, row: number, col: number): MemCell {
  return (sheet.cells[cellKey(row, col)] ??= blankCell());
}

function matrix<V>(r: CellRange, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: V[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
    out.push(line);
  }
  return out;
}

export function cellText(cell: MemCell | undefined): string {
  if (!cell || cell.value === '') return '';
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.value === 'number') {
    try {
      return formatNumber(cell.numberFormat || 'General', cell.value);
    } catch {
      return String(cell.value);
    }
  }
  if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  return cell.value;
}

/** Empties a cell's content (value, formula, given display text), keeping its formats. */
function clearContents(cell: MemCell): void {
  cell.value = '';
  delete cell.formula;
  delete cell.text;
}

/** The only formula the host evaluates: HYPERLINK (its friendly name is what the cell shows). */
function evaluateFormula(formula: string): MemValue {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)")?\s*\)$/i.exec(formula);
  if (m) return (m[2] ?? m[1]).replace(/""/g, '"');
  return '';
}

/** Uniform value over the cells of a range, or null when they differ (as Office.js reports mixed formats). */
function uniform<V>(r: CellRange, f: (row: number, col: number) => V): V | null {
  let first: V | undefined;
  let set = false;
  for (const [row, col] of cellsOf(r)) {
    const v = f(row, col);
    if (!set) {
      first = v;
      set = true;
    } else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
  }
  return (first ?? null) as V | null;
}

function broadcast<V>(r: CellRange, input: V | V[][], location: string): (row: number, col: number) => V {
  if (!Array.isArray(input)) return () => input;
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    fail('InvalidArgument', location);
  }
  return (row, col) => input[row - r.top][col - r.left];
}

// ---------------------------------------------------------------------------------------------------------

export class Workbook extends ClientObject<MemWorkbook> {
  protected readonly scalars = {};
  readonly worksheets: WorksheetCollection;
  private settingsObject?: SettingCollection;

  constructor(context: MemoryRequestContext) {
    super(context, () => context.state, false, 'Workbook');
    this.worksheets = new WorksheetCollection(context);
  }

  /** ExcelApi 1.4. */
  get settings(): SettingCollection {
    return (this.settingsObject ??= new SettingCollection(this.context));
  }

  getSelectedRange(): Range {
    const ctx = this.context;
    return new Range(ctx, () => {
      const sel = ctx.state.selection;
      const sheet = findSheet(ctx.state, sel.sheetId);
      return sheet ? { sheet, range: sel.range } : null;
    });
  }

  protected navigation(name: string): AnyObject | undefined {
    return name === 'worksheets' ? this.worksheets : undefined;
  }
}

export class WorksheetCollection extends ClientObject<MemSheet[]> {
  protected readonly scalars = {};
  private loadedItems: Worksheet[] | undefined;

  constructor(context: MemoryRequestContext) {
    super(context, () => context.state.sheets, false, 'WorksheetCollection');
  }

  get items(): Worksheet[] {
    if (!this.loadedItems) this.read('items');
    return this.loadedItems!;
  }

  load(spec?: unknown): this {
    const paths = (typeof spec === 'string' ? spec.split(',') : [])
      .map((p) => p.trim().replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context.enqueue(() => {
      this.loadedItems = this.context.state.sheets.map((s) => {
        const ws = new Worksheet(this.context, () => findSheet(this.context.state, s.id));
        ws.loadNow(paths.length ? paths : ['id', 'name', 'position', 'visibility']);
        return ws;
      });
    }, 'read');
    return this;
  }

  getActiveWorksheet(): Worksheet {
    const ctx = this.context;
    let bound: string | undefined;
    ctx.enqueue(() => (bound = ctx.state.activeSheetId), 'read');
    return new Worksheet(ctx, () => findSheet(ctx.state, bound ?? ctx.state.activeSheetId));
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, () => this.byKey(key), false);
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    this.context.requireApi(4, 'WorksheetCollection.getItemOrNullObject');
    return new Worksheet(this.context, () => this.byKey(key), true);
  }

  /** ExcelApi 1.4. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueueApi(4, 'WorksheetCollection.getCount', () => result.set(this.context.state.sheets.length));
    return result;
  }

  add(name?: string): Worksheet {
    const ctx = this.context;
    let id: string | undefined;
    ctx.enqueue(() => {
      const wb = ctx.state;
      const wanted = name ?? nextSheetName(wb);
      if (wb.sheets.some((s) => s.name.toLowerCase() === wanted.toLowerCase())) fail('ItemAlreadyExists', 'WorksheetCollection.add');
      if (!isValidSheetName(wanted)) fail('InvalidArgument', 'WorksheetCollection.add');
      id = addSheet(wb, wanted).id;
    });
    return new Worksheet(ctx, () => (id ? findSheet(ctx.state, id) : null));
  }

  private byKey(key: string): MemSheet | null {
    const wb = this.context.state;
    return wb.sheets.find((s) => s.id === key) ?? wb.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase()) ?? null;
  }
}

function nextSheetName(wb: MemWorkbook): string {
  for (let i = wb.sheets.length + 1; ; i++) {
    const name = `Sheet${i}`;
    if (!wb.sheets.some((s) => s.name === name)) return name;
  }
}

function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);
}

export class Worksheet extends ClientObject<MemSheet> {
  protected readonly scalars: Record<string, (s: MemSheet) => unknown> = {
    id: (s) => s.id,
    name: (s) => s.name,
    position: (s) => this.context.state.sheets.indexOf(s),
    visibility: (s) => s.visibility,
  };
  private protectionObject?: WorksheetProtection;

  constructor(context: MemoryRequestContext, resolver: () => MemSheet | null, nullable = false) {
    super(context, resolver, nullable, 'Worksheet');
  }

  /** Used by collection loads: fills this proxy's properties within the running operation. */
  loadNow(props: string[]): void {
    this.fetch(props.filter((p) => p in this.scalars));
  }

  get id(): string {
    return this.read('id') as string;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(value: string) {
    this.write('name', value, (s) => {
      if (!isValidSheetName(value)) fail('InvalidArgument', 'Worksheet.name');
      s.name = value;
    });
  }
  get position(): number {
    return this.read('position') as number;
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(value: string) {
    this.write('visibility', value, (s) => {
      if (value !== 'Visible' && this.context.state.sheets.filter((x) => x.visibility === 'Visible').length <= 1 && s.visibility === 'Visible') {
        fail('InvalidOperation', 'Worksheet.visibility');
      }
      s.visibility = value as MemSheet['visibility'];
    });
  }

  /** ExcelApi 1.2. */
  get protection(): WorksheetProtection {
    return (this.protectionObject ??= new WorksheetProtection(this.context, () => this.tryTarget()));
  }

  protected navigation(name: string): AnyObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  activate(): void {
    this.call((s) => {
      if (s.visibility !== 'Visible') fail('InvalidOperation', 'Worksheet.activate');
      this.context.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call((s) => {
      const wb = this.context.state;
      if (wb.sheets.length <= 1) fail('InvalidOperation', 'Worksheet.delete');
      wb.sheets = wb.sheets.filter((x) => x !== s);
      if (wb.activeSheetId === s.id) wb.activeSheetId = wb.sheets.find((x) => x.visibility === 'Visible')!.id;
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.tryTarget();
      if (!sheet) return null;
      if (address === undefined) return { sheet, range: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 } };
      const parsed = parseAddress(address);
      if (!parsed) fail('InvalidArgument', 'Worksheet.getRange');
      return { sheet, range: parsed.range };
    });
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    this.context.requireApi(7, 'Worksheet.getRangeByIndexes');
    return this.rangeAt({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
  }

  getCell(row: number, col: number): Range {
    return this.rangeAt({ top: row, left: col, bottom: row, right: col });
  }

  private rangeAt(range: CellRange): Range {
    return new Range(this.context, () => {
      const sheet = this.tryTarget();
      return sheet ? { sheet, range } : null;
    });
  }

  /** ExcelApi 1.1; the `valuesOnly` argument is ExcelApi 1.2. An empty sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): Range {
    if (valuesOnly !== undefined) this.context.requireApi(2, 'Worksheet.getUsedRange');
    return new Range(this.context, () => {
      const sheet = this.tryTarget();
      if (!sheet) return null;
      return { sheet, range: this.usedRangeOf(sheet, valuesOnly ?? false) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  /** ExcelApi 1.4: a NullObject on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.context.requireApi(4, 'Worksheet.getUsedRangeOrNullObject');
    return new Range(
      this.context,
      () => {
        const sheet = this.tryTarget();
        const range = sheet ? this.usedRangeOf(sheet, valuesOnly ?? false) : null;
        return sheet && range ? { sheet, range } : null;
      },
      true,
    );
  }

  private usedRangeOf(sheet: MemSheet, valuesOnly: boolean): CellRange | null {
    const index = sheetIndex(this.context, sheet);
    return valuesOnly ? index.usedValues : index.used;
  }

  /** ExcelApi 1.9: `"A1:B2, D4"`. */
  getRanges(address: string): RangeAreas {
    this.context.requireApi(9, 'Worksheet.getRanges');
    return new RangeAreas(this.context, () => {
      const sheet = this.tryTarget();
      if (!sheet) return null;
      const areas = address.split(/[,;]/).map((a) => parseAddress(a.trim()));
      if (areas.some((a) => a === null)) fail('InvalidArgument', 'Worksheet.getRanges');
      return { sheet, areas: areas.map((a) => a!.range) };
    });
  }
}


export class WorksheetProtection extends ClientObject<MemSheet> {
  protected readonly minApi = 2;
  protected readonly scalars: Record<string, (s: MemSheet) => unknown> = {
    protected: (s) => s.protection.protected,
  };

  constructor(context: MemoryRequestContext, resolver: () => MemSheet | null) {
    super(context, resolver, false, 'WorksheetProtection');
  }

  get protected(): boolean {
    return this.read('protected') as boolean;
  }

  /** Protecting a protected sheet throws AccessDenied on current builds (office-js#6784). */
  protect(_options?: unknown, password?: string): void {
    this.call((s) => {
      if (s.protection.protected) fail('AccessDenied', 'WorksheetProtection.protect');
      s.protection = { protected: true, ...(password ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.call((s) => {
      if (s.protection.password !== undefined && s.protection.password !== password) fail('InvalidArgument', 'WorksheetProtection.unprotect');
      s.protection = { protected: false };
    });
  }
}

// ---------------------------------------------------------------------------------------------------------

export class Range extends ClientObject<RangeTarget> {
  protected readonly scalars: Record<string, (t: RangeTarget) => unknown> = {
    address: (t) => fullAddress(t.sheet.name, t.range),
    rowIndex: (t) => t.range.top,
    columnIndex: (t) => t.range.left,
    rowCount: (t) => t.range.bottom - t.range.top + 1,
    columnCount: (t) => t.range.right - t.range.left + 1,
    values: (t) => this.cellMatrix(t, (cell) => cell?.value ?? ''),
    text: (t) => this.cellMatrix(t, cellText),
    formulas: (t) => this.cellMatrix(t, (cell) => cell?.formula ?? cell?.value ?? ''),
    numberFormat: (t) => this.cellMatrix(t, (cell) => cell?.numberFormat ?? 'General'),
  };
  private formatObject?: RangeFormat;
  private cfObject?: ConditionalFormatCollection;

  constructor(context: MemoryRequestContext, resolver: () => RangeTarget | null, nullable = false) {
    super(context, resolver, nullable, 'Range');
  }

  /** A property of every cell of the range. */
  private cellMatrix<V>(t: RangeTarget, f: (cell: MemCell | undefined) => V): V[][] {
    assertReadable(t.range);
    const { rows } = sheetIndex(this.context, t.sheet);
    return matrix(t.range, (r, c) => f(rows[r]?.[c]));
  }

  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get text(): string[][] {
    return this.read('text') as string[][];
  }

  get values(): MemValue[][] {
    return this.read('values') as MemValue[][];
  }
  set values(input: MemValue[][]) {
    this.write('values', input, (t) => this.writeCells(t, input, 'Range.values', (cell, v) => {
      const value = v === null || v === undefined ? '' : v;
      // A cell formatted as Text (@) takes what is written literally, as Excel does.
      if (typeof value === 'string' && value.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = value;
        cell.value = evaluateFormula(value);
      } else {
        delete cell.formula;
        cell.value = value;
      }
      delete cell.text;
    }));
  }

  get formulas(): MemValue[][] {
    return this.read('formulas') as MemValue[][];
  }
  set formulas(input: MemValue[][]) {
    this.values = input;
    this.loaded.set('formulas', input);
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }
  set numberFormat(input: string[][]) {
    this.write('numberFormat', input, (t) => this.writeCells(t, input, 'Range.numberFormat', (cell, v) => {
      cell.numberFormat = String(v);
      delete cell.text;
    }));
  }

  private writeCells<V>(t: RangeTarget, input: V | V[][], location: string, apply: (cell: MemCell, v: V) => void): void {
    assertWritable(t.sheet, location);
    const at = broadcast(t.range, input, location);
    for (const [row, col] of cellsOf(t.range)) apply(ensureCell(t.sheet, row, col), at(row, col));
  }

  get format(): RangeFormat {
    return (this.formatObject ??= new RangeFormat(this.context, () => this.areasTarget()));
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfObject ??= new ConditionalFormatCollection(this.context, () => this.areasTarget()));
  }

  private areasTarget(): AreasTarget | null {
    const t = this.tryTarget();
    return t ? { sheet: t.sheet, areas: [t.range] } : null;
  }

  protected navigation(name: string): AnyObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    return undefined;
  }

  private derived(f: (t: RangeTarget) => CellRange): Range {
    return new Range(this.context, () => {
      const t = this.tryTarget();
      if (!t) return null;
      const range = f(t);
      if (range.top < 0 || range.left < 0 || range.bottom >= MAX_ROWS || range.right >= MAX_COLS || range.bottom < range.top || range.right < range.left) {
        fail('InvalidArgument', 'Range');
      }
      return { sheet: t.sheet, range };
    });
  }

  getCell(row: number, col: number): Range {
    return this.derived((t) => ({ top: t.range.top + row, left: t.range.left + col, bottom: t.range.top + row, right: t.range.left + col }));
  }

  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaCols: number): Range {
    this.context.requireApi(2, 'Range.getResizedRange');
    return this.derived((t) => ({ ...t.range, bottom: t.range.bottom + deltaRows, right: t.range.right + deltaCols }));
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range (office-js#3611). Fails beyond 512
   * areas: "if the merged areas count in this range is more than 512, then this method will fail to return
   * the result" (Range.getMergedAreasOrNullObject reference, @types/office-js); the error code is not
   * documented, InvalidOperation is assumed.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        this.context.assertApi(13, 'Range.getMergedAreasOrNullObject');
        const t = this.tryTarget();
        if (!t) return null;
        const areas = mergesStartingIn(sheetIndex(this.context, t.sheet).mergesByRow, t.range).map(mergeRange);
        if (areas.length > 512) fail('InvalidOperation', 'Range.getMergedAreasOrNullObject');
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.1: insert cells, shifting existing ones (only `Down` is modelled). */
  insert(shift: string): Range {
    let inserted: RangeTarget | null = null;
    this.call((t) => {
      if (shift !== 'Down') fail('InvalidArgument', 'Range.insert');
      assertWritable(t.sheet, 'Range.insert');
      insertShiftDown(t.sheet, t.range);
      inserted = t;
    });
    return new Range(this.context, () => inserted);
  }

  delete(shift: string): void {
    this.call((t) => {
      if (shift !== 'Up') fail('InvalidArgument', 'Range.delete');
      assertWritable(t.sheet, 'Range.delete');
      deleteShiftUp(t.sheet, t.range);
    });
  }

  /** ExcelApi 1.1: `All` (default), `Formats`, `Contents`. */
  clear(applyTo = 'All'): void {
    this.call((t) => {
      assertWritable(t.sheet, 'Range.clear');
      for (const [row, col] of cellsOf(t.range)) {
        const cell = getCell(t.sheet, row, col);
        if (!cell) continue;
        if (applyTo !== 'Formats') clearContents(cell);
        if (applyTo !== 'Contents') {
          cell.format = {};
          cell.numberFormat = 'General';
        }
      }
    });
  }

  /** ExcelApi 1.2. Data outside the top-left cell is lost, as in Excel. */
  merge(across = false): void {
    this.call((t) => {
      assertWritable(t.sheet, 'Range.merge');
      const areas: CellRange[] = [];
      if (across) for (let row = t.range.top; row <= t.range.bottom; row++) areas.push({ ...t.range, top: row, bottom: row });
      else areas.push(t.range);
      for (const r of areas) {
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(mergeRange(m), r));
        for (const [row, col] of cellsOf(r)) {
          const cell = row !== r.top || col !== r.left ? getCell(t.sheet, row, col) : undefined;
          if (cell) clearContents(cell);
        }
        if (cellCount(r) > 1) t.sheet.merges.push({ row: r.top, col: r.left, rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
      }
    }, 2, 'Range.merge');
  }

  /** ExcelApi 1.2. */
  unmerge(): void {
    this.call((t) => {
      assertWritable(t.sheet, 'Range.unmerge');
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(mergeRange(m), t.range));
    }, 2, 'Range.unmerge');
  }

  select(): void {
    this.call((t) => {
      if (t.sheet.visibility !== 'Visible') fail('InvalidOperation', 'Range.select');
      this.context.state.activeSheetId = t.sheet.id;
      this.context.state.selection = { sheetId: t.sheet.id, range: t.range };
    });
  }
}

// ---------------------------------------------------------------------------------------------------------

interface AreasTarget {
  sheet: MemSheet;
  areas: CellRange[];
}

/** ExcelApi 1.9. */
export class RangeAreas extends ClientObject<AreasTarget> {
  protected readonly minApi = 9;
  protected readonly scalars: Record<string, (t: AreasTarget) => unknown> = {
    address: (t) => t.areas.map((a) => fullAddress(t.sheet.name, a)).join(','),
    areaCount: (t) => t.areas.length,
  };
  private formatObject?: RangeFormat;
  private cfObject?: ConditionalFormatCollection;

  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null, nullable = false) {
    super(context, resolver, nullable, 'RangeAreas');
  }

  get address(): string {
    return this.read('address') as string;
  }
  get areaCount(): number {
    return this.read('areaCount') as number;
  }
  get format(): RangeFormat {
    return (this.formatObject ??= new RangeFormat(this.context, () => this.tryTarget()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return (this.cfObject ??= new ConditionalFormatCollection(this.context, () => this.tryTarget()));
  }

  protected navigation(name: string): AnyObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'conditionalFormats') return this.conditionalFormats;
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Reads a format property over all cells of the areas (null when mixed); writes it to each cell. */
class FormatPart<T = AreasTarget> extends ClientObject<T> {
  protected readonly scalars: Record<string, (t: T) => unknown> = {};

  protected formatProperty<K extends keyof MemFormat>(name: string, key: K, empty: MemFormat[K], normalise = (v: MemFormat[K]) => v): void {
    this.scalars[name] = (t) => readFormat(t as AreasTarget, (f) => f[key] ?? empty);
    Object.defineProperty(this, name, {
      get: () => this.read(name),
      set: (value: MemFormat[K]) =>
        this.write(name, value, (t) => writeFormat(t as AreasTarget, `${this.location}.${name}`, (f) => {
          f[key] = normalise(value);
        })),
    });
  }
}

function readFormat<V>(t: AreasTarget, f: (format: MemFormat) => V): V | null {
  const values = t.areas.map((a) => uniform(a, (r, c) => f(getCell(t.sheet, r, c)?.format ?? {})));
  return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : null;
}

function writeFormat(t: AreasTarget, location: string, f: (format: MemFormat, row: number, col: number, area: CellRange) => void): void {
  assertWritable(t.sheet, location);
  for (const area of t.areas) {
    for (const [row, col] of cellsOf(expandToMerges(t.sheet, area))) f(ensureCell(t.sheet, row, col).format, row, col, area);
  }
}

/** Formatting any cell of a merged area formats the whole area. */
function expandToMerges(sheet: MemSheet, area: CellRange): CellRange {
  let r = area;
  for (const m of sheet.merges) {
    // Most merges are far away: rejected without building their range (this runs for every format write).
    if (m.row > r.bottom || m.row + m.rows <= r.top || m.col > r.right || m.col + m.cols <= r.left) continue;
    const mr = mergeRange(m);
    if (!contains(r, mr)) {
      r = { top: Math.min(r.top, mr.top), left: Math.min(r.left, mr.left), bottom: Math.max(r.bottom, mr.bottom), right: Math.max(r.right, mr.right) };
    }
  }
  return r;
}

export class RangeFormat extends FormatPart {
  declare wrapText: boolean | null;
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  readonly fill: RangeFill;
  readonly font: RangeFont;
  readonly borders: RangeBorderCollection;

  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null) {
    super(context, resolver, false, 'RangeFormat');
    this.formatProperty('wrapText', 'wrapText', false);
    this.formatProperty('horizontalAlignment', 'horizontalAlignment', 'General');
    this.formatProperty('verticalAlignment', 'verticalAlignment', 'Bottom');
    this.fill = new RangeFill(context, resolver);
    this.font = new RangeFont(context, resolver);
    this.borders = new RangeBorderCollection(context, resolver);
  }

  protected navigation(name: string): AnyObject | undefined {
    return ({ fill: this.fill, font: this.font, borders: this.borders } as Record<string, AnyObject>)[name];
  }
}

export class RangeFill extends FormatPart {
  declare color: string | null;
  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null) {
    super(context, resolver, false, 'RangeFill');
    this.formatProperty('color', 'fill', NO_FILL_COLOR, (v) => normaliseColor(v as string));
  }

  clear(): void {
    this.call((t) => writeFormat(t, 'RangeFill.clear', (f) => delete f.fill));
  }
}

export class RangeFont extends FormatPart {
  declare color: string | null;
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare name: string | null;
  declare size: number | null;
  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null) {
    super(context, resolver, false, 'RangeFont');
    this.formatProperty('color', 'fontColor', '#000000', (v) => normaliseColor(v as string));
    this.formatProperty('bold', 'bold', false);
    this.formatProperty('italic', 'italic', false);
    this.formatProperty('name', 'fontName', 'Calibri');
    this.formatProperty('size', 'fontSize', 11);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

export class RangeBorderCollection extends ClientObject<AreasTarget> {
  protected readonly scalars = {};
  constructor(context: MemoryRequestContext, private readonly areas: () => AreasTarget | null) {
    super(context, areas, false, 'RangeBorderCollection');
  }
  getItem(index: string): RangeBorder {
    if (!(EDGES as readonly string[]).includes(index)) fail('InvalidArgument', 'RangeBorderCollection.getItem');
    return new RangeBorder(this.context, this.areas, index as (typeof EDGES)[number]);
  }
}

/** Which cell edges a border index touches within an area. */
function edgeCells(area: CellRange, index: (typeof EDGES)[number]): Array<[number, number, BorderEdge]> {
  const out: Array<[number, number, BorderEdge]> = [];
  for (const [row, col] of cellsOf(area)) {
    if (index === 'EdgeTop' && row === area.top) out.push([row, col, 'EdgeTop']);
    if (index === 'EdgeBottom' && row === area.bottom) out.push([row, col, 'EdgeBottom']);
    if (index === 'EdgeLeft' && col === area.left) out.push([row, col, 'EdgeLeft']);
    if (index === 'EdgeRight' && col === area.right) out.push([row, col, 'EdgeRight']);
    if (index === 'InsideHorizontal' && row < area.bottom) out.push([row, col, 'EdgeBottom'], [row + 1, col, 'EdgeTop']);
    if (index === 'InsideVertical' && col < area.right) out.push([row, col, 'EdgeRight'], [row, col + 1, 'EdgeLeft']);
  }
  return out;
}

export class RangeBorder extends ClientObject<AreasTarget> {
  protected readonly scalars: Record<string, (t: AreasTarget) => unknown>;
  declare style: string | null;
  declare color: string | null;
  declare weight: string | null;

  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null, readonly sideIndex: (typeof EDGES)[number]) {
    super(context, resolver, false, 'RangeBorder');
    const read = (key: 'style' | 'color' | 'weight', empty: string) => (t: AreasTarget) => {
      const values = t.areas.flatMap((a) => edgeCells(a, sideIndex).map(([r, c, e]) => getCell(t.sheet, r, c)?.format.borders?.[e]?.[key] ?? empty));
      return values.every((v) => v === values[0]) ? (values[0] ?? empty) : null;
    };
    this.scalars = { style: read('style', 'None'), color: read('color', '#000000'), weight: read('weight', 'Thin') };
    for (const key of ['style', 'color', 'weight'] as const) {
      Object.defineProperty(this, key, {
        get: () => this.read(key),
        set: (value: string) =>
          this.write(key, value, (t) => {
            assertWritable(t.sheet, `RangeBorder.${key}`);
            for (const a of t.areas) {
              for (const [r, c, e] of edgeCells(a, sideIndex)) {
                const format = ensureCell(t.sheet, r, c).format;
                const borders = (format.borders ??= {});
                if (key === 'style' && value === 'None') delete borders[e];
                else borders[e] = { style: 'Continuous', color: '#000000', weight: 'Thin', ...borders[e], [key]: key === 'color' ? normaliseColor(value) : value };
              }
            }
          }),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------

/** ExcelApi 1.6. The CFs intersecting the range, in priority order. */
export class ConditionalFormatCollection extends ClientObject<AreasTarget> {
  protected readonly minApi = 6;
  protected readonly scalars = {};
  private loadedItems: ConditionalFormat[] | undefined;

  constructor(context: MemoryRequestContext, resolver: () => AreasTarget | null) {
    super(context, resolver, false, 'ConditionalFormatCollection');
  }

  private members(t: AreasTarget): MemConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((cf) => cf.ranges.some((r) => t.areas.some((a) => intersects(a, r))));
  }

  get items(): ConditionalFormat[] {
    if (!this.loadedItems) this.read('items');
    return this.loadedItems!;
  }

  load(spec?: unknown): this {
    const paths = (typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec : [])
      .map((p: string) => p.trim().replace(/^items\/?/, ''))
      .filter(Boolean);
    this.context.enqueue(() => {
      const t = this.target();
      this.loadedItems = this.members(t).map((cf) => {
        const item = new ConditionalFormat(this.context, () => cfById(t.sheet, cf.id));
        item.loadNow(paths.length ? paths : ['id', 'type', 'priority', 'stopIfTrue']);
        return item;
      });
    }, 'read');
    return this;
  }

  add(type: string): ConditionalFormat {
    let bound: { sheet: MemSheet; id: string } | null = null;
    this.call((t) => {
      assertWritable(t.sheet, 'ConditionalFormatCollection.add');
      const cf: MemConditionalFormat = { id: newId(this.context.state, 'cf'), type, ranges: t.areas.map((a) => ({ ...a })), formula: '', stopIfTrue: false };
      t.sheet.conditionalFormats.unshift(cf); // "at the first/top priority"
      bound = { sheet: t.sheet, id: cf.id };
    });
    return new ConditionalFormat(this.context, () => (bound ? cfById(bound.sheet, bound.id) : null));
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.call((t) => result.set(this.members(t).length));
    return result;
  }

  getItemAt(index: number): ConditionalFormat {
    let bound: { sheet: MemSheet; id: string } | null = null;
    this.call((t) => {
      const cf = this.members(t)[index];
      if (!cf) fail('ItemNotFound', 'ConditionalFormatCollection.getItemAt');
      bound = { sheet: t.sheet, id: cf.id };
    });
    return new ConditionalFormat(this.context, () => (bound ? cfById(bound.sheet, bound.id) : null));
  }

  getItem(id: string): ConditionalFormat {
    return new ConditionalFormat(this.context, () => {
      const t = this.tryTarget();
      return t ? cfById(t.sheet, id) : null;
    });
  }

  /** Clears the conditional formats active on this range: other cells keep theirs. */
  clearAll(): void {
    this.call((t) => {
      assertWritable(t.sheet, 'ConditionalFormatCollection.clearAll');
      for (const cf of t.sheet.conditionalFormats) {
        cf.ranges = cf.ranges.flatMap((r) => t.areas.reduce<CellRange[]>((rest, a) => rest.flatMap((x) => subtract(x, a)), [r]));
      }
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.ranges.length > 0);
    });
  }
}

function cfById(sheet: MemSheet, id: string): { sheet: MemSheet; cf: MemConditionalFormat } | null {
  const cf = sheet.conditionalFormats.find((c) => c.id === id);
  return cf ? { sheet, cf } : null;
}

interface CfTarget {
  sheet: MemSheet;
  cf: MemConditionalFormat;
}

export class ConditionalFormat extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars: Record<string, (t: CfTarget) => unknown> = {
    id: (t) => t.cf.id,
    type: (t) => t.cf.type,
    priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
    stopIfTrue: (t) => t.cf.stopIfTrue,
  };
  private customObject?: CustomConditionalFormat;
  private customOrNull?: CustomConditionalFormat;

  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null) {
    super(context, resolver, false, 'ConditionalFormat');
  }

  loadNow(paths: string[]): void {
    this.fetch(paths.filter((p) => p in this.scalars));
    for (const p of paths.filter((x) => x.includes('/'))) {
      const [head, ...rest] = p.split('/');
      const child = this.navigation(head) as CustomConditionalFormat | undefined;
      child?.loadNow(rest.join('/'));
    }
  }

  get id(): string {
    return this.read('id') as string;
  }
  get type(): string {
    return this.read('type') as string;
  }
  get priority(): number {
    return this.read('priority') as number;
  }
  get stopIfTrue(): boolean {
    return this.read('stopIfTrue') as boolean;
  }
  set stopIfTrue(value: boolean) {
    this.write('stopIfTrue', value, (t) => {
      assertWritable(t.sheet, 'ConditionalFormat.stopIfTrue');
      t.cf.stopIfTrue = value;
    });
  }

  get custom(): CustomConditionalFormat {
    return (this.customObject ??= new CustomConditionalFormat(this.context, () => this.customTarget(false), false));
  }

  get customOrNullObject(): CustomConditionalFormat {
    return (this.customOrNull ??= new CustomConditionalFormat(this.context, () => this.customTarget(true), true));
  }

  private customTarget(orNull: boolean): CfTarget | null {
    const t = this.target();
    if (t.cf.type !== 'Custom') {
      if (orNull) return null;
      fail('InvalidOperation', 'ConditionalFormat.custom');
    }
    return t;
  }

  protected navigation(name: string): AnyObject | undefined {
    if (name === 'custom') return this.custom;
    if (name === 'customOrNullObject') return this.customOrNullObject;
    return undefined;
  }

  delete(): void {
    this.call((t) => {
      assertWritable(t.sheet, 'ConditionalFormat.delete');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }

  getRange(): Range {
    return new Range(this.context, () => {
      const t = this.target();
      if (t.cf.ranges.length !== 1) fail('InvalidOperation', 'ConditionalFormat.getRange');
      return { sheet: t.sheet, range: t.cf.ranges[0] };
    });
  }

  /** ExcelApi 1.9. */
  getRanges(): RangeAreas {
    return new RangeAreas(this.context, () => {
      const t = this.target();
      return { sheet: t.sheet, areas: t.cf.ranges };
    });
  }
}

export class CustomConditionalFormat extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars = {};
  readonly rule: ConditionalFormatRule;
  readonly format: ConditionalRangeFormat;

  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null, nullable: boolean) {
    super(context, resolver, nullable, 'CustomConditionalFormat');
    this.rule = new ConditionalFormatRule(context, resolver);
    this.format = new ConditionalRangeFormat(context, resolver);
  }

  loadNow(path: string): void {
    this.fetch([]);
    if (this.isNullObject) return;
    const [head, ...rest] = path.split('/');
    if (head === 'rule') this.rule.loadNow(rest.length ? rest : ['formula']);
  }

  protected navigation(name: string): AnyObject | undefined {
    return ({ rule: this.rule, format: this.format } as Record<string, AnyObject>)[name];
  }
}

export class ConditionalFormatRule extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars: Record<string, (t: CfTarget) => unknown> = {
    formula: (t) => t.cf.formula,
  };
  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null) {
    super(context, resolver, false, 'ConditionalFormatRule');
  }
  loadNow(props: string[]): void {
    this.fetch(props.filter((p) => p in this.scalars));
  }
  get formula(): string {
    return this.read('formula') as string;
  }
  set formula(value: string) {
    this.write('formula', value, (t) => {
      assertWritable(t.sheet, 'ConditionalFormatRule.formula');
      t.cf.formula = value;
    });
  }
}

export class ConditionalRangeFormat extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars = {};
  readonly fill: ConditionalRangeFill;
  readonly font: ConditionalRangeFont;
  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null) {
    super(context, resolver, false, 'ConditionalRangeFormat');
    this.fill = new ConditionalRangeFill(context, resolver);
    this.font = new ConditionalRangeFont(context, resolver);
  }
  protected navigation(name: string): AnyObject | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, AnyObject>)[name];
  }
}

export class ConditionalRangeFill extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars: Record<string, (t: CfTarget) => unknown> = { color: (t) => t.cf.fill ?? null };
  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null) {
    super(context, resolver, false, 'ConditionalRangeFill');
  }
  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.write('color', value, (t) => {
      assertWritable(t.sheet, 'ConditionalRangeFill.color');
      t.cf.fill = value === null ? undefined : normaliseColor(value);
    });
  }
  clear(): void {
    this.call((t) => delete t.cf.fill);
  }
}

export class ConditionalRangeFont extends ClientObject<CfTarget> {
  protected readonly minApi = 6;
  protected readonly scalars: Record<string, (t: CfTarget) => unknown> = { color: (t) => t.cf.fontColor ?? null };
  constructor(context: MemoryRequestContext, resolver: () => CfTarget | null) {
    super(context, resolver, false, 'ConditionalRangeFont');
  }
  get color(): string | null {
    return this.read('color') as string | null;
  }
  set color(value: string | null) {
    this.write('color', value, (t) => {
      assertWritable(t.sheet, 'ConditionalRangeFont.color');
      t.cf.fontColor = value === null ? undefined : normaliseColor(value);
    });
  }
}

// ---------------------------------------------------------------------------------------------------------

/**
 * ExcelApi 1.4. "The scope is limited to per file and add-in (task-pane or content) combination"
 * (Excel.SettingCollection): the ledger written here travels with the workbook file.
 */
export class SettingCollection extends ClientObject<MemWorkbook> {
  protected readonly minApi = 4;
  protected readonly scalars = {};
  private loadedItems: Setting[] | undefined;

  constructor(context: MemoryRequestContext) {
    super(context, () => context.state, false, 'SettingCollection');
  }

  get items(): Setting[] {
    if (!this.loadedItems) this.read('items');
    return this.loadedItems!;
  }

  load(_spec?: unknown): this {
    this.context.enqueue(() => {
      const wb = this.target();
      this.loadedItems = Object.keys(wb.settings).map((key) => {
        const s = new Setting(this.context, () => this.entry(key), false);
        s.loadNow();
        return s;
      });
    }, 'read');
    return this;
  }

  private entry(key: string): { wb: MemWorkbook; key: string } | null {
    const wb = this.context.state;
    return key in wb.settings ? { wb, key } : null;
  }

  add(key: string, value: unknown): Setting {
    this.call((wb) => {
      if (typeof key !== 'string' || key.length === 0) fail('InvalidArgument', 'SettingCollection.add');
      wb.settings[key] = cloneJson(value ?? null);
    });
    return new Setting(this.context, () => this.entry(key), false);
  }

  getItem(key: string): Setting {
    return new Setting(this.context, () => this.entry(key), false);
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, () => this.entry(key), true);
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.call((wb) => result.set(Object.keys(wb.settings).length));
    return result;
  }
}

export class Setting extends ClientObject<{ wb: MemWorkbook; key: string }> {
  protected readonly minApi = 4;
  protected readonly scalars: Record<string, (t: { wb: MemWorkbook; key: string }) => unknown> = {
    key: (t) => t.key,
    value: (t) => cloneJson(t.wb.settings[t.key] ?? null),
  };
  constructor(context: MemoryRequestContext, resolver: () => { wb: MemWorkbook; key: string } | null, nullable: boolean) {
    super(context, resolver, nullable, 'Setting');
  }
  loadNow(): void {
    this.fetch(['key', 'value']);
  }
  get key(): string {
    return this.read('key') as string;
  }
  get value(): unknown {
    return this.read('value');
  }
  set value(value: unknown) {
    this.write('value', value, (t) => (t.wb.settings[t.key] = cloneJson(value ?? null)));
  }
  delete(): void {
    this.call((t) => delete t.wb.settings[t.key]);
  }
}
