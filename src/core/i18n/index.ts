/**
 * Messages and rule documentation in zh-CN (default) and en. Findings carry a message id and arguments;
 * text is produced here, at the edge (CLI, pane, annotated copy).
 */
import type { Finding, MessageArgs } from '../findings';
import type { Locale } from '../settings';
import { en } from './en';
import type { Dictionary, RuleTexts } from './types';
import { zhCN } from './zh-CN';

export type { Dictionary, RuleTexts } from './types';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { 'zh-CN': zhCN, en };

export interface RuleDocs {
  name: string;
  why: string;
  fix: string;
}

/** Office/browser language tags → a supported locale (`en-US` → en; anything else → zh-CN). */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : DEFAULT_LOCALE;
}

/** Replaces `{name}` placeholders; a placeholder without an argument is left as written. */
export function interpolate(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}

/** The placeholders a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/**
 * Looks up a key: `<rule id>.<messageId>`, `<rule id>.name|why|fix`, or a common key (`severity.error`).
 * Falls back to zh-CN, then to the key itself.
 */
export function translate(key: string, args: MessageArgs = {}, locale: Locale = DEFAULT_LOCALE): string {
  const template = lookup(DICTIONARIES[locale] ?? zhCN, key) ?? lookup(zhCN, key);
  return template === undefined ? key : interpolate(template, args);
}

function lookup(dictionary: Dictionary, key: string): string | undefined {
  if (key in dictionary.common) return dictionary.common[key];
  const dot = key.lastIndexOf('.');
  const rule: RuleTexts | undefined = dictionary.rules[key.slice(0, dot)];
  if (!rule) return undefined;
  const part = key.slice(dot + 1);
  if (part === 'name' || part === 'why' || part === 'fix') return rule[part];
  return rule.messages[part];
}

export function formatMessage(finding: Pick<Finding, 'rule' | 'messageId' | 'args'>, locale: Locale = DEFAULT_LOCALE): string {
  return translate(`${finding.rule}.${finding.messageId}`, finding.args, locale);
}

export function ruleDocs(ruleId: string, locale: Locale = DEFAULT_LOCALE): RuleDocs {
  return {
    name: translate(`${ruleId}.name`, {}, locale),
    why: translate(`${ruleId}.why`, {}, locale),
    fix: translate(`${ruleId}.fix`, {}, locale),
  };
}
