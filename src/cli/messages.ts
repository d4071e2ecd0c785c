/** Renders a severity's name and a rule's fix for the command line (src/core/i18n). */
import type { Severity } from '../core/findings';
import { translate } from '../core/i18n';
import type { Locale } from '../core/settings';

export function severityName(severity: Severity, locale: Locale): string {
  return translate(`severity.${severity}`, {}, locale);
}

/** How to fix what a rule reports; '' when the dictionary has no text for it. */
export function fixText(rule: string, locale: Locale): string {
  const key = `${rule}.fix`;
  const text = translate(key, {}, locale);
  return text === key ? '' : text;
}
