/** Helpers for the Office tests: user formatting to protect, and a normalised view of a sheet. */
import type { Finding } from '../../src/core/findings';
import { toA1 } from '../../src/core/grid';
import { MemoryHost, parseKey, type MemSheet } from '../../src/office/memory-host';

/**
 * Gives a sheet the kind of formatting users have: own fills (every 3rd cell with a value), explicit white
 * fills (every 5th), bold text, and a conditional format of their own over a whole column.
 */
export function decorate(host: MemoryHost, sheetName?: string): void {
  const sheet = host.sheet(sheetName);
  let i = 0;
  for (const key of Object.keys(sheet.cells).sort()) {
    const cell = sheet.cells[key];
    if (cell.value === '') continue;
    i++;
    if (i % 3 === 0) cell.format.fill = '#DDEBF7';
    else if (i % 5 === 0) cell.format.fill = '#FFFFFF';
    if (i % 7 === 0) cell.format.bold = true;
  }
  sheet.conditionalFormats.push({
    id: '{user-cf-1}',
    type: 'Custom',
    ranges: [{ top: 0, bottom: 400, left: 4, right: 4 }],
    formula: '=LEN(E1)>60',
    fill: '#E2EFDA',
    stopIfTrue: false,
  });
}

/** The sheet without representation noise (blank cells with no format). */
export function normalised(sheet: MemSheet): unknown {
  const cells = Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([, c]) => c.value !== '' || c.formula !== undefined || Object.keys(c.format).length > 0 || c.numberFormat !== 'General')
      .map(([k, c]) => [k, { ...c, format: Object.fromEntries(Object.entries(c.format).filter(([, v]) => v !== undefined)) }]),
  );
  return { ...sheet, cells };
}

/** Values, formulas, number formats and texts only. */
export function contents(sheet: MemSheet): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(sheet.cells)
      .filter(([, c]) => c.value !== '')
      .map(([k, c]) => [k, [c.value, c.formula, c.numberFormat, c.text]]),
  );
}

export function markedCells(host: MemoryHost, sheetName?: string): Map<string, string> {
  const rendered = host.render(sheetName);
  const out = new Map<string, string>();
  rendered.cells.forEach((line, r) =>
    line.forEach((cell, c) => {
      if (!cell.covered && (cell.fill === '#FFC7CE' || cell.fill === '#FFEB9C')) out.set(toA1(r, c), cell.fill);
    }),
  );
  return out;
}

export function synthetic(cells: Array<[string, Finding['severity']]>): Finding[] {
  return cells.map(([cell, severity]) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    const col = m[1].charCodeAt(0) - 65;
    return { rule: 'test/rule', severity, at: { row: Number(m[2]) - 1, col }, cell, messageId: 'x', args: {}, table: 0 };
  });
}

export { parseKey };
