import type { Severity } from './findings';

export type Framework = 'classic' | '2021';

export interface Settings {
  /** Per rule: a severity to override the default, or 'off'. Rules not listed keep their defaults. */
  rules: Record<string, Severity | 'off'>;
  /** The indicator framework (SPEC 1.4). A table consistently in the other form is accepted too. */
  framework: Framework;
  /** Satisfaction values below `min` or at/above `max` (percent points) are flagged. */
  satisfaction: { min: number; max: number };
  /** Cumulative percent expected at each milestone (3月, 6月, 9/10月, 12月); empty = spend/pacing off. */
  pacing: number[];
  /** Message language. */
  locale: Locale;
}

export type Locale = 'zh-CN' | 'en';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  rules: {},
  framework: 'classic',
  satisfaction: { min: 60, max: 100 },
  pacing: [],
  locale: 'zh-CN',
}) as Settings;

/** Merges a partial user configuration (CLI `--config`, pane settings) over the defaults. */
export function resolveSettings(partial: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    rules: { ...DEFAULT_SETTINGS.rules, ...(partial?.rules ?? {}) },
    satisfaction: { ...DEFAULT_SETTINGS.satisfaction, ...(partial?.satisfaction ?? {}) },
    pacing: partial?.pacing ?? [],
  };
}
