/**
 * The playground's sample sheet: six real goal tables from the seeds (临西, 遵化), with the errors they were
 * published with, laid out as departments keep them (form layout, merged cells).
 */
import type { Grid } from '../core/grid';
import { buildSheet, type RawTable } from '../core/layout';
import tables from './sample-tables.json';

export const SAMPLE_TABLES = tables as RawTable[];

/** The sample sheet: the tables stacked with one blank row between them. */
export function sampleGrid(sheetName = '绩效目标表'): Grid {
  return buildSheet(SAMPLE_TABLES, { gap: 1 }, sheetName);
}
