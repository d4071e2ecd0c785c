/** Fixture workbooks as grids, read from the .xlsx files with the CLI's reader (the same grid the add-in builds). */
import { join } from 'node:path';
import { readWorkbook } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/grid';

const DIR = join(__dirname, '..', 'fixtures');
export const FIXTURES = ['linxi', 'zunhua', 'huailai', 'huailai-flat'] as const;

export async function fixtureGrids(name: (typeof FIXTURES)[number]): Promise<Grid[]> {
  return (await readWorkbook(join(DIR, `${name}.xlsx`))).grids;
}
