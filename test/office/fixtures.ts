/** The fixture workbooks, and their grids read with the CLI's reader (the same grid the add-in builds). */
import { readWorkbook } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/grid';
import { fixture } from '../cli/helpers';

export const FIXTURES = ['linxi', 'zunhua', 'huailai', 'huailai-flat'] as const;
export type FixtureName = (typeof FIXTURES)[number];

export function fixtureWorkbook(name: FixtureName): string {
  return fixture(`${name}.xlsx`);
}

export async function fixtureGrids(name: FixtureName): Promise<Grid[]> {
  return (await readWorkbook(fixtureWorkbook(name))).grids;
}
