/** UI strings per locale, and the choice of locale from Office's display language. */
import type { Locale } from '../../core/settings';
import { en } from './en';
import { zhCN, type UiKey, type UiStrings } from './zh-CN';

export type { UiKey, UiStrings };

const DICTIONARIES: Record<Locale, UiStrings> = { 'zh-CN': zhCN, en };

export type Translate = (key: UiKey, args?: Record<string, string | number>) => string;

/** English when Office's display language is English (`en`, `en-US`, `en-GB` …); Chinese otherwise. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined | null): Locale {
  return displayLanguage && /^en(\b|[-_])/i.test(displayLanguage) ? 'en' : 'zh-CN';
}

export function translator(locale: Locale): Translate {
  const dict = DICTIONARIES[locale] ?? zhCN;
  return (key, args) => fill(dict[key] ?? zhCN[key] ?? key, args);
}

function fill(template: string, args?: Record<string, string | number>): string {
  if (!args) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}
