/**
 * The template type id (SPEC §3) reported for a table in the JSON output: the best match of the built-in
 * library for the table's project name and usage text (`generic` when nothing specific fits).
 * This is the single place where the CLI asks the template matcher.
 */
import type { GoalTable } from '../core/model';
import { matchTemplate } from '../core/templates';
import { projectName } from './project';

export function tableType(table: GoalTable): string | null {
  const name = projectName(table);
  if (name === '') return null;
  return matchTemplate(name, table.header.usage?.text ?? '').type;
}
