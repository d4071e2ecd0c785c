/**
 * The table parser: finds every goal table on a sheet (form or flat layout, stacked, anywhere) and reads
 * it into the GoalTable model. Linear in the sheet's size; never throws on odd input.
 */
import type { Grid } from '../grid';
import type { GoalTable } from '../model';
import { locateTables } from './locate';
import { forgetLabelFacts } from './labels';
import { SheetRows } from './rows';
import { forgetParsedTexts } from './value';
import { buildTable } from './table';

export function parseSheet(grid: Grid): GoalTable[] {
  forgetLabelFacts();
  forgetParsedTexts();
  const rows = new SheetRows(grid);
  const tables: GoalTable[] = [];
  for (const block of locateTables(grid, rows)) {
    tables.push(buildTable(grid, rows, block, tables.length));
    rows.releaseAbove(block.top);
  }
  return tables;
}

export {
  formFieldOf,
  goalItemOf,
  headerColumnOf,
  isTitleText,
  labelKey,
  level1KindOf,
  level2KindOf,
  milestoneMonthOf,
  moneyUnitOf,
  normaliseLabel,
  toHalfWidth,
  unitLineOf,
  type FormField,
  type HeaderColumn,
} from './labels';
export { classifyUnit, convertMoney, moneyAmount, parseMoney, parseText, parseValue } from './value';
