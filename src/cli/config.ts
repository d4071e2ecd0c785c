/**
 * `--config <file.json>`: a Partial<Settings> as JSON, checked field by field so that a typo gives a clear
 * message instead of a silently ignored setting.
 */
import { readFile } from 'node:fs/promises';
import { SEVERITIES, type Severity } from '../core/findings';
import type { Framework, Locale, Settings } from '../core/settings';
import { UsageError } from './errors';

const LEVELS: ReadonlyArray<Severity | 'off'> = [...SEVERITIES, 'off'];
const FRAMEWORKS: readonly Framework[] = ['classic', '2021'];
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const KEYS = ['rules', 'framework', 'satisfaction', 'pacing', 'locale'] as const;
/** A spend plan has four milestones (3月, 6月, 9/10月, 12月). */
const MILESTONES = 4;

export async function loadConfig(file: string, knownRules?: ReadonlySet<string>): Promise<Partial<Settings>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`无法读取配置文件 ${file} (cannot read the configuration file)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`配置文件 ${file} 不是有效的 JSON (not valid JSON): ${(error as Error).message}`);
  }
  const problems = validateConfig(json, knownRules);
  if (problems.length > 0) {
    throw new UsageError(`配置文件 ${file} 有误 (invalid configuration):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return json as Partial<Settings>;
}

/** Every problem found in a configuration object; empty when it is a valid Partial<Settings>. */
export function validateConfig(config: unknown, knownRules?: ReadonlySet<string>): string[] {
  if (!isObject(config)) return ['配置应为 JSON 对象 (the configuration must be a JSON object)'];
  const problems: string[] = [];
  for (const key of Object.keys(config)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      problems.push(`未知的设置项 "${key}" (unknown setting; allowed: ${KEYS.join(', ')})`);
    }
  }
  if ('rules' in config) problems.push(...checkRules(config.rules, knownRules));
  if ('framework' in config && !FRAMEWORKS.includes(config.framework as Framework)) {
    problems.push(`framework 应为 ${FRAMEWORKS.map((f) => `"${f}"`).join(' 或 ')} (framework must be one of ${FRAMEWORKS.join(', ')})`);
  }
  if ('satisfaction' in config) problems.push(...checkSatisfaction(config.satisfaction));
  if ('pacing' in config) problems.push(...checkPacing(config.pacing));
  if ('locale' in config && !LOCALES.includes(config.locale as Locale)) {
    problems.push(`locale 应为 ${LOCALES.map((l) => `"${l}"`).join(' 或 ')} (locale must be one of ${LOCALES.join(', ')})`);
  }
  return problems;
}

function checkRules(rules: unknown, knownRules?: ReadonlySet<string>): string[] {
  if (!isObject(rules)) return ['rules 应为对象，如 {"value/missing-operator": "off"} (rules must be an object)'];
  const problems: string[] = [];
  for (const [id, severity] of Object.entries(rules)) {
    if (knownRules && !knownRules.has(id)) problems.push(`rules："${id}" 不是已知的规则 (unknown rule id)`);
    if (!LEVELS.includes(severity as Severity)) {
      problems.push(`rules."${id}" 应为 ${LEVELS.join(' / ')} (severity must be one of ${LEVELS.join(', ')})`);
    }
  }
  return problems;
}

function checkSatisfaction(value: unknown): string[] {
  if (!isObject(value)) return ['satisfaction 应为对象，如 {"min": 60, "max": 100} (satisfaction must be an object)'];
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'min' && key !== 'max') problems.push(`satisfaction."${key}" 不是已知的设置项 (unknown; use min, max)`);
  }
  for (const key of ['min', 'max'] as const) {
    if (key in value && !isPercent(value[key])) problems.push(`satisfaction.${key} 应为 0 到 100 之间的数 (must be a number 0–100)`);
  }
  if (isPercent(value.min) && isPercent(value.max) && value.min >= value.max) {
    problems.push('satisfaction.min 应小于 max (min must be below max)');
  }
  return problems;
}

function checkPacing(value: unknown): string[] {
  const shape = `pacing 应为最多 ${MILESTONES} 个 0 到 100 之间、不递减的累计百分比，如 [25, 50, 75, 100]`;
  const english = `(pacing must be up to ${MILESTONES} non-decreasing cumulative percentages 0–100)`;
  if (!Array.isArray(value) || value.length > MILESTONES || !value.every(isPercent)) return [`${shape} ${english}`];
  const rising = value.every((v, i) => i === 0 || v >= value[i - 1]);
  return rising ? [] : [`${shape} ${english}`];
}

function isPercent(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
