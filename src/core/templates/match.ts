/**
 * Recognises the project type of a table from its project name and usage text (资金用途): every keyword of
 * a template found in the name scores by its length (a longer keyword is more specific), found in the usage
 * text it scores less. The best type's confidence falls when its score is low or a rival scores close to it.
 */
import type { GoalTable } from '../model';
import { projectFromTitle, projectName } from '../project';
import { builtinLibrary } from './library';
import { GENERIC_TYPE, type Template, type TemplateLibrary } from './types';

export interface TypeCandidate {
  type: string;
  name: string;
  /** 0..1 */
  confidence: number;
}

export interface TemplateMatch extends TypeCandidate {
  /** Other plausible types, best first (the generic type last). */
  alternatives: TypeCandidate[];
}

/** Usage text counts for this share of what the same keyword counts in the name. */
const USAGE_WEIGHT = 0.4;
const USAGE_CAP = 2;
/** Below this score nothing is recognised and the generic template is proposed. */
const MIN_SCORE = 0.8;
const GENERIC_CONFIDENCE = 0.2;
const MAX_ALTERNATIVES = 4;

/** `怀财字【2023】7号`, `冀财预〔2015〕291号` and whatever numbering comes before it. */
const DOCUMENT_NUMBER = /^.*?[字发]?[【〔\[(（]\d{4}[】〕\])）]\d+号/;

/** Strips what is not the project itself: a document number prefix, list numbering, the title suffix. */
export function normaliseProjectName(name: string): string {
  return projectFromTitle(name.replace(/\s+/g, '').replace(DOCUMENT_NUMBER, ''));
}

export function keywordWeight(keyword: string): number {
  return Math.max(0.5, Math.min(3, [...keyword].length / 2));
}

export function scoreTemplate(template: Template, name: string, usage: string): number {
  let inName = 0;
  let inUsage = 0;
  for (const keyword of template.keywords) {
    const k = keyword.trim();
    if (!k) continue;
    if (name.includes(k)) inName += keywordWeight(k);
    else if (usage.includes(k)) inUsage += keywordWeight(k) * USAGE_WEIGHT;
  }
  return inName + Math.min(inUsage, USAGE_CAP);
}

function strength(score: number): number {
  return 1 - Math.exp(-score / 2);
}

export function matchTemplate(
  name: string,
  usage = '',
  library: TemplateLibrary = builtinLibrary(),
): TemplateMatch {
  const project = normaliseProjectName(name);
  const text = usage.replace(/\s+/g, '');
  const scored = library.templates
    .filter((t) => t.id !== GENERIC_TYPE)
    .map((t) => ({ template: t, score: scoreTemplate(t, project, text) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const generic = library.templates.find((t) => t.id === GENERIC_TYPE);
  const genericCandidate: TypeCandidate = {
    type: GENERIC_TYPE,
    name: generic?.name ?? '通用项目',
    confidence: GENERIC_CONFIDENCE,
  };
  const best = scored[0];
  if (!best || best.score < MIN_SCORE) {
    return { ...genericCandidate, alternatives: scored.slice(0, MAX_ALTERNATIVES).map((s) => candidate(s.template, alternativeConfidence(s.score, best?.score ?? 0))) };
  }
  const runnerUp = scored[1]?.score ?? 0;
  const margin = (best.score - runnerUp) / best.score;
  const alternatives = scored
    .slice(1, MAX_ALTERNATIVES)
    .map((s) => candidate(s.template, alternativeConfidence(s.score, best.score)));
  const confidence = round(strength(best.score) * (0.6 + 0.4 * margin));
  return {
    ...candidate(best.template, confidence),
    alternatives: [...alternatives, { ...genericCandidate, confidence: Math.min(GENERIC_CONFIDENCE, confidence / 2) }],
  };
}

function alternativeConfidence(score: number, bestScore: number): number {
  return round(strength(score) * 0.6 * (bestScore > 0 ? score / bestScore : 1) * (bestScore >= MIN_SCORE ? 1 : 0.5));
}

function candidate(template: Template, confidence: number): TypeCandidate {
  return { type: template.id, name: template.name, confidence };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The template type of a parsed table, from its project name (or title) and usage text. */
export function matchTable(table: GoalTable, library: TemplateLibrary = builtinLibrary()): TemplateMatch {
  return matchTemplate(projectName(table), table.header.usage?.text ?? '', library);
}

/** The type id matchTable finds; null when the table has neither a project name nor a title. */
export function classifyTable(table: GoalTable, library: TemplateLibrary = builtinLibrary()): string | null {
  return projectName(table) ? matchTable(table, library).type : null;
}
