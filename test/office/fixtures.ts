/** Fixture workbooks as grids: the .xlsx files through the CLI's reader, or the raw json when it fails. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid';
import { buildSheet, type RawTable } from '../helpers/build-grid';

const DIR = join(__dirname, '..', 'fixtures');
export const FIXTURES = ['linxi', 'zunhua', 'huailai', 'huailai-flat'] as const;

export async function fixtureGrids(name: (typeof FIXTURES)[number]): Promise<Grid[]> {
  try {
    const { readWorkbook } = await import('../../src/cli/xlsx');
    return (await readWorkbook(join(DIR, `${name}.xlsx`))).grids;
  } catch {
    const raw = JSON.parse(readFileSync(join(DIR, `${name.replace('-flat', '')}-raw.json`), 'utf8')) as RawTable[];
    return [buildSheet(raw, { layout: name.endsWith('flat') ? 'flat' : 'form' }, name)];
  }
}
