/**
 * The pane's operations: each one calls the WorkbookApi and reports through reducer actions.
 * Plain async functions over (api, dispatch, getState), so tests drive them with a fake api and no DOM.
 */
import type { Finding } from '../core/findings';
import { resolveSettings, type Locale, type Settings } from '../core/settings';
import type { AddinErrorCode, SheetValidation, WorkbookApi } from '../office/api';
import { translator, type UiKey } from './i18n';
import { reportCsv, type RuleText } from './report';
import { activeFindings, countBySeverity, findingKey, type Action, type Notice, type Operation, type PaneState } from './state';

export interface ControllerDeps {
  api: WorkbookApi;
  dispatch: (action: Action) => void;
  getState: () => PaneState;
  ruleText: RuleText;
  /** Saves a file on the user's machine (a Blob download in the browser). */
  download: (fileName: string, content: string, mimeType: string) => void;
  /** Told of every failure (for the console); the user sees a notice either way. */
  onError?: (error: unknown) => void;
}

export type Controller = ReturnType<typeof createController>;

/** The codes with a message of their own; 'failed' shows Office's own text instead. */
const ERROR_CODES: readonly AddinErrorCode[] = ['protected', 'no-tables', 'too-large', 'unsupported', 'busy'];

/** A user-facing notice for anything an operation threw: AddinError codes get their own clear message. */
export function errorNotice(error: unknown): Notice {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) {
    return { intent: code === 'busy' || code === 'no-tables' ? 'warning' : 'error', key: `error_${code}` as UiKey };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { intent: 'error', key: 'error_failed', args: { detail } };
}

export function createController(deps: ControllerDeps) {
  const report = (error: unknown): Notice => {
    deps.onError?.(error);
    return errorNotice(error);
  };
  const { api, dispatch, getState } = deps;
  const t = () => translator(getState().locale);

  /** Runs one exclusive operation: refuses to start while another runs, turns failures into notices. */
  async function run<T>(op: Operation, work: () => Promise<T>): Promise<T | undefined> {
    if (getState().busy) {
      dispatch({ type: 'notice', notice: { intent: 'warning', key: 'error_busy' } });
      return undefined;
    }
    dispatch({ type: 'start', op });
    try {
      const value = await work();
      dispatch({ type: 'finish' });
      return value;
    } catch (error) {
      dispatch({ type: 'fail', notice: report(error) });
      return undefined;
    }
  }

  function notify(intent: Notice['intent'], key: UiKey, args?: Notice['args']): void {
    dispatch({ type: 'notice', notice: { intent, key, args } });
  }

  async function init(displayLocale: Locale): Promise<void> {
    try {
      const [saved, dismissed] = await Promise.all([api.loadSettings(), api.loadDismissed()]);
      dispatch({ type: 'settings', settings: resolveSettings({ ...saved, locale: saved.locale ?? displayLocale }) });
      dispatch({ type: 'locale', locale: saved.locale ?? displayLocale });
      dispatch({ type: 'dismissed', keys: dismissed });
    } catch (error) {
      dispatch({ type: 'notice', notice: report(error) });
    }
  }

  async function validate(): Promise<void> {
    const result = await run('validate', () =>
      api.validateActiveSheet(getState().settings, (progress) => dispatch({ type: 'progress', progress })),
    );
    if (!result) return;
    dispatch({ type: 'validated', result });
    const counts = countBySeverity(getState());
    dispatch({
      type: 'announce',
      text: t()('announceResult', { tables: result.tables.length, errors: counts.error, warnings: counts.warning, infos: counts.info }),
    });
    if (result.marked > 0) notify('info', 'marked', { n: result.marked });
  }

  async function clearMarks(): Promise<void> {
    const cleared = await run('clear', () => api.clearMarks());
    if (!cleared) return;
    dispatch({ type: 'cleared' });
    const text = cleared.restored > 0 ? t()('announceCleared', { n: cleared.restored }) : t()('clearedNone');
    dispatch({ type: 'announce', text });
    notify('success', cleared.restored > 0 ? 'announceCleared' : 'clearedNone', { n: cleared.restored });
  }

  /** Selects the finding's cell in the workbook. Not exclusive: moving through the list must stay instant. */
  async function select(finding: Finding): Promise<void> {
    const result = getState().result;
    if (!result) return;
    dispatch({ type: 'select', key: findingKey(result.sheetName, finding) });
    try {
      await api.selectCell(result.sheetName, finding.cell);
    } catch (error) {
      dispatch({ type: 'notice', notice: report(error) });
    }
  }

  async function saveDismissed(keys: string[]): Promise<void> {
    dispatch({ type: 'dismissed', keys });
    try {
      await api.saveDismissed(getState().dismissed);
    } catch (error) {
      dispatch({ type: 'notice', notice: report(error) });
    }
  }

  async function dismiss(finding: Finding): Promise<void> {
    const result = getState().result;
    if (!result) return;
    await saveDismissed([...getState().dismissed, findingKey(result.sheetName, finding)]);
    await refreshMarks();
  }

  /** Validates again, quietly, so that the marks on the sheet follow the dismissals. */
  async function refreshMarks(): Promise<void> {
    const result = await run('validate', () => api.validateActiveSheet(getState().settings));
    if (result) dispatch({ type: 'validated', result });
  }

  /** Brings back the dismissed findings of the current sheet; dismissals on other sheets are kept. */
  async function restoreDismissed(): Promise<void> {
    const result = getState().result;
    if (!result) return;
    const here = new Set(result.findings.map((f) => findingKey(result.sheetName, f)));
    await saveDismissed(getState().dismissed.filter((key) => !here.has(key)));
    await refreshMarks();
  }

  /** The result as the user sees it: without the findings they dismissed. */
  function activeResult(): SheetValidation | null {
    const state = getState();
    return state.result ? { ...state.result, findings: activeFindings(state) } : null;
  }

  async function exportSheet(): Promise<void> {
    const result = activeResult();
    if (!result) return;
    const done = await run('export', async () => {
      await api.exportReportSheet(result, getState().locale);
      return true;
    });
    if (done) notify('success', 'exportedSheet');
  }

  function exportCsv(): void {
    const result = activeResult();
    if (!result) return;
    try {
      const csv = reportCsv(result, deps.ruleText, getState().locale);
      deps.download(t()('csvFileName', { sheet: result.sheetName }), csv, 'text/csv;charset=utf-8');
      notify('success', 'exportedCsv');
    } catch (error) {
      dispatch({ type: 'notice', notice: report(error) });
    }
  }

  async function updateSettings(settings: Settings): Promise<void> {
    dispatch({ type: 'settings', settings });
    try {
      await api.saveSettings(settings);
    } catch (error) {
      dispatch({ type: 'notice', notice: report(error) });
    }
  }

  async function setLocale(locale: Locale): Promise<void> {
    dispatch({ type: 'locale', locale });
    await updateSettings(getState().settings);
  }

  async function detect(): Promise<void> {
    const detection = await run('detect', () => api.detectTemplate());
    if (detection !== undefined) dispatch({ type: 'detected', detection });
  }

  async function insertTemplate(all: boolean): Promise<void> {
    const type = getState().templateType;
    if (!type) return;
    const done = await run('insert', () => api.insertTemplate(type, { all }));
    if (!done) return;
    dispatch({ type: 'undoable', canUndo: done.inserted > 0 });
    if (done.inserted > 0) notify('success', 'inserted', { n: done.inserted });
    else notify('info', 'insertedNone');
  }

  async function undoInsert(): Promise<void> {
    const undone = await run('undo', () => api.undoInsert());
    if (undone === undefined) return;
    dispatch({ type: 'undoable', canUndo: false });
    notify(undone ? 'success' : 'info', undone ? 'undone' : 'nothingToUndo');
  }

  async function createTable(type: string, budget: number, where: 'selection' | 'new-sheet'): Promise<void> {
    if (!(budget > 0) || !Number.isFinite(budget)) {
      notify('warning', 'budgetInvalid');
      return;
    }
    const created = await run('create', () => api.createTable(type, budget, where));
    if (created) notify('success', 'created', { range: created.range });
  }

  return {
    init,
    validate,
    clearMarks,
    select,
    dismiss,
    restoreDismissed,
    exportSheet,
    exportCsv,
    updateSettings,
    setLocale,
    detect,
    insertTemplate,
    undoInsert,
    createTable,
    chooseTemplate: (templateType: string) => dispatch({ type: 'templateType', templateType }),
    setFilter: (severity: Finding['severity'], on: boolean) => dispatch({ type: 'filter', severity, on }),
    setTab: (tab: PaneState['tab']) => dispatch({ type: 'tab', tab }),
    closeNotice: () => dispatch({ type: 'notice', notice: null }),
  };
}
