/**
 * The pane's state and its reducer: pure, so that every transition is testable without a DOM or Excel.
 * Asynchronous work (calls to the WorkbookApi) lives in controller.ts and only dispatches actions here.
 */
import type { Finding, Severity } from '../core/findings';
import type { Locale, Settings } from '../core/settings';
import type { FindingKey, ProgressReport, SheetValidation, TableSummary, TemplateMatchSummary } from '../office/api';
import type { UiKey } from './i18n';

export type Operation = 'validate' | 'clear' | 'export' | 'detect' | 'insert' | 'undo' | 'create' | 'settings';

export type Tab = 'findings' | 'templates' | 'settings';

/** A message shown to the user: a UI string key with its arguments, so it follows a language switch. */
export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  key: UiKey;
  args?: Record<string, string | number>;
}

export interface Detection {
  table: TableSummary;
  match: TemplateMatchSummary;
}

export interface PaneState {
  locale: Locale;
  settings: Settings;
  tab: Tab;
  busy: Operation | null;
  progress: ProgressReport | null;
  result: SheetValidation | null;
  dismissed: FindingKey[];
  filters: Record<Severity, boolean>;
  /** Key of the finding last selected in the list. */
  selected: FindingKey | null;
  notice: Notice | null;
  /** Text for the screen-reader live region. */
  announcement: string;
  /** undefined: not asked yet; null: no table found. */
  detection: Detection | null | undefined;
  templateType: string | null;
  canUndo: boolean;
}

export type Action =
  | { type: 'start'; op: Operation }
  | { type: 'progress'; progress: ProgressReport }
  | { type: 'finish'; notice?: Notice | null }
  | { type: 'fail'; notice: Notice }
  | { type: 'validated'; result: SheetValidation }
  | { type: 'cleared' }
  | { type: 'settings'; settings: Settings }
  | { type: 'locale'; locale: Locale }
  | { type: 'dismissed'; keys: FindingKey[] }
  | { type: 'filter'; severity: Severity; on: boolean }
  | { type: 'select'; key: FindingKey | null }
  | { type: 'tab'; tab: Tab }
  | { type: 'announce'; text: string }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'detected'; detection: Detection | null }
  | { type: 'templateType'; templateType: string }
  | { type: 'undoable'; canUndo: boolean };

export function initialState(settings: Settings, locale: Locale): PaneState {
  return {
    locale,
    settings,
    tab: 'findings',
    busy: null,
    progress: null,
    result: null,
    dismissed: [],
    filters: { error: true, warning: true, info: true },
    selected: null,
    notice: null,
    announcement: '',
    detection: undefined,
    templateType: null,
    canUndo: false,
  };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'start':
      return { ...state, busy: action.op, progress: null, notice: null };
    case 'progress':
      return state.busy ? { ...state, progress: action.progress } : state;
    case 'finish':
      return { ...state, busy: null, progress: null, notice: action.notice ?? state.notice };
    case 'fail':
      return { ...state, busy: null, progress: null, notice: action.notice };
    case 'validated':
      return { ...state, result: action.result, selected: null };
    case 'cleared':
      return { ...state, result: null, selected: null };
    case 'settings':
      return { ...state, settings: action.settings };
    case 'locale':
      return { ...state, locale: action.locale, settings: { ...state.settings, locale: action.locale } };
    case 'dismissed':
      return { ...state, dismissed: [...new Set(action.keys)] };
    case 'filter':
      return { ...state, filters: { ...state.filters, [action.severity]: action.on } };
    case 'select':
      return { ...state, selected: action.key };
    case 'tab':
      return { ...state, tab: action.tab };
    case 'announce':
      return { ...state, announcement: action.text };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'detected':
      return {
        ...state,
        detection: action.detection,
        templateType: action.detection ? action.detection.match.type : state.templateType,
      };
    case 'templateType':
      return { ...state, templateType: action.templateType };
    case 'undoable':
      return { ...state, canUndo: action.canUndo };
  }
}

/** Stable key of a finding for dismissals: `sheet!cell!rule` (see FindingKey). */
export function findingKey(sheetName: string, finding: Pick<Finding, 'cell' | 'rule'>): FindingKey {
  return `${sheetName}!${finding.cell}!${finding.rule}`;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

/** Counts of the findings still in play (not dismissed), per severity. */
export function countBySeverity(state: Pick<PaneState, 'result' | 'dismissed'>): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of activeFindings(state)) counts[f.severity]++;
  return counts;
}

export function activeFindings(state: Pick<PaneState, 'result' | 'dismissed'>): Finding[] {
  const { result } = state;
  if (!result) return [];
  const dismissed = new Set(state.dismissed);
  return result.findings.filter((f) => !dismissed.has(findingKey(result.sheetName, f)));
}

/** How many of the dismissed keys belong to the current result (others are remembered for other sheets). */
export function dismissedHere(state: Pick<PaneState, 'result' | 'dismissed'>): number {
  const { result } = state;
  if (!result) return 0;
  const dismissed = new Set(state.dismissed);
  return result.findings.filter((f) => dismissed.has(findingKey(result.sheetName, f))).length;
}

export interface FindingGroup {
  table: TableSummary | null;
  tableIndex: number;
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The visible list: active findings that pass the severity filters, grouped by table in sheet order,
 * each group sorted by severity then position on the sheet.
 */
export function visibleGroups(state: Pick<PaneState, 'result' | 'dismissed' | 'filters'>): FindingGroup[] {
  const { result } = state;
  if (!result) return [];
  const groups = new Map<number, Finding[]>();
  for (const f of activeFindings(state)) {
    if (!state.filters[f.severity]) continue;
    const list = groups.get(f.table) ?? [];
    list.push(f);
    groups.set(f.table, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([tableIndex, findings]) => ({
      tableIndex,
      table: result.tables.find((t) => t.index === tableIndex) ?? null,
      findings: findings.sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.at.row - b.at.row || a.at.col - b.at.col,
      ),
    }));
}
