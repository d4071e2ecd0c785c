/**
 * The project a table is about: its 项目名称, or — for a flat table, which has none — its title without the
 * number prefix and the 绩效目标表 suffix (`1.怀财字【2023】7号 防范专项绩效目标表` → `怀财字【2023】7号 防范专项`).
 */
import type { GoalTable } from './model';

/** `1.` `12、` `（3）` `(4)` — a bare number is not a prefix (`2021年度…`). */
const NUMBER_PREFIX = /^\s*(?:[0-9０-９一二三四五六七八九十]+\s*[.．、,，](?![0-9])|[（(][0-9０-９一二三四五六七八九十]+[）)])\s*/;
const GOAL_SUFFIX = /(?:项目)?(?:绩效目标(?:申报)?表?|绩效目标)\s*$/;

export function projectName(table: GoalTable): string {
  const name = table.header.name?.text.trim() ?? '';
  return name !== '' ? name : projectFromTitle(table.header.title.text);
}

export function projectFromTitle(title: string): string {
  return title.trim().replace(NUMBER_PREFIX, '').replace(GOAL_SUFFIX, '').trim();
}
