/** The rule catalogue's texts and metadata, as the pane uses them. */
import type { RuleMeta } from '../core/findings';
import { formatMessage, ruleDocs } from '../core/i18n';
import { RULES } from '../core/rules';
import type { RuleText } from './report';

export const coreRuleText: RuleText = {
  message: (finding, locale) => formatMessage(finding, locale),
  docs: (ruleId, locale) => ruleDocs(ruleId, locale),
};

export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);
