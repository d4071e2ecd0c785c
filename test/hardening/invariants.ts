/** What must hold of any parse / validation result, whatever the sheet: used by the property tests. */
import { toA1, type Grid } from '../../src/core/grid';
import { placeholdersOf, translate } from '../../src/core/i18n';
import type { Locale } from '../../src/core/settings';
import { ruleById } from '../../src/core/rules';
import type { SheetResult } from '../../src/core/validate';

/**
 * A header missing some of its six columns gets them placed right of the last one found (where they
 * belong), so a table may reach that many columns past the used range — never further.
 */
const HEADER_COLUMNS = 6;
/** A number that overflowed, formatted into a message (`预算数 Infinity 元`). */
const NON_FINITE = /^-?Infinity$|^NaN$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);
const LOCALES: Locale[] = ['zh-CN', 'en'];

/** Excel's sheet limits. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function inside(grid: Grid, row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0 && row < Math.max(grid.rowCount, 1) && col < Math.max(grid.colCount, 1) && row < MAX_ROWS && col < MAX_COLS;
}

/**
 * A finding points inside its table, or at the cell where a missing part belongs: one row below the
 * table (no indicator rows after the header) or one column right of it (a value missing beside a label).
 */
function nearTable(result: SheetResult, f: SheetResult['findings'][number]): boolean {
  const range = result.tables[f.table]?.range;
  if (!range) return false;
  const { row, col } = f.at;
  return Number.isInteger(row) && Number.isInteger(col) && row >= range.top && row <= range.bottom + 1 && col >= range.left && col <= range.right + 1 && row < MAX_ROWS && col < MAX_COLS;
}

/** Throws (with the offending item) when a result breaks an invariant. */
export function assertSound(grid: Grid, result: SheetResult): void {
  const fail = (what: string, item: unknown) => {
    throw new Error(`${what}: ${JSON.stringify(item)}`);
  };
  if (result.sheetName !== grid.sheetName) fail('sheet name changed', result.sheetName);
  result.tables.forEach((table, i) => {
    if (table.index !== i) fail('table index out of order', { i, index: table.index });
    const { top, left, bottom, right } = table.range;
    if (!(top <= bottom && left <= right) || !inside(grid, top, left) || !inside(grid, bottom, left) || right >= Math.max(grid.colCount, 1) + HEADER_COLUMNS) {
      fail('table range outside the sheet', table.range);
    }
    for (const indicator of table.indicators) {
      if (indicator.row < top || indicator.row > bottom) fail('indicator row outside its table', { range: table.range, row: indicator.row });
    }
  });
  for (const f of result.findings) {
    const rule = ruleById(f.rule);
    if (!rule) fail('unknown rule id', f);
    if (!SEVERITIES.has(f.severity)) fail('unknown severity', f);
    if (!nearTable(result, f)) fail('finding outside its table', { finding: f, range: result.tables[f.table]?.range });
    if (f.cell !== toA1(f.at.row, f.at.col)) fail('cell address disagrees with position', f);
    if (!Number.isInteger(f.table) || f.table < 0 || f.table >= result.tables.length) fail('finding for no table', f);
    if (!rule!.meta.messageIds.includes(f.messageId)) fail('message id not declared by its rule', f);
    for (const locale of LOCALES) {
      const template = translate(`${f.rule}.${f.messageId}`, {}, locale);
      if (template === `${f.rule}.${f.messageId}`) fail(`no ${locale} message`, f);
      const missing = placeholdersOf(template).filter((p) => !(p in f.args));
      if (missing.length > 0) fail(`message arguments missing (${missing.join(', ')}) in ${locale}`, f);
    }
    for (const value of Object.values(f.args)) {
      if (typeof value === 'number' ? !Number.isFinite(value) : NON_FINITE.test(value)) fail('non-finite number in message arguments', f);
    }
  }
}
