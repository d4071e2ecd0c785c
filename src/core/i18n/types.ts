/** One rule's texts in one language: its name, why it matters, how to fix it, and its messages. */
export interface RuleTexts {
  name: string;
  why: string;
  fix: string;
  /** messageId → template with {placeholders}. */
  messages: Record<string, string>;
}

export interface Dictionary {
  rules: Record<string, RuleTexts>;
  /** Texts not tied to a rule (severities, categories …), by key. */
  common: Record<string, string>;
}
