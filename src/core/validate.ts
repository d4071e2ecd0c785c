// Placeholder until the rule catalogue lands: parses, reports nothing.
import type { Grid } from './grid';
import type { Finding } from './findings';
import type { GoalTable } from './model';
import { parseSheet } from './parse';
import { resolveSettings, type Settings } from './settings';

export interface SheetResult {
  sheetName: string;
  tables: GoalTable[];
  findings: Finding[];
}

export function validateSheet(grid: Grid, settings: Settings = resolveSettings(undefined)): SheetResult {
  void settings;
  return { sheetName: grid.sheetName, tables: parseSheet(grid), findings: [] };
}
