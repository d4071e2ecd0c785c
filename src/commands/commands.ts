/**
 * Ribbon command `一键校验` (ExecuteFunction `validateSheet`): validates and marks the active sheet without
 * opening the pane. Registered with Office.actions.associate where it exists (shared runtime, newer hosts)
 * and as a global function, which is how Excel 2016/2019 find ExecuteFunction handlers. It always calls
 * event.completed() exactly once and never throws: Excel shows a generic error otherwise.
 */
import { resolveSettings } from '../core/settings';
import { AddinError } from '../office/api';
import { officeHost, type OfficeHost } from '../office/host';
import { createWorkbookApi, type WorkbookApiDeps } from '../office/workbook-api';
import { decodeSummary, encodeSummary, summaryOf, summaryText, type Summary } from './summary';

export interface CommandEvent {
  completed(options?: unknown): void;
}

export interface CommandEnvironment {
  host: OfficeHost;
  /** Injected validation etc. (tests); the real core by default. */
  deps?: WorkbookApiDeps;
  /** Shows the summary (dialog on real Excel); resolves when it is closed. */
  show?(summary: Summary): Promise<void>;
}

export async function validateSheetCommand(event: CommandEvent, env: CommandEnvironment): Promise<Summary> {
  let done = false;
  const complete = () => {
    if (done) return;
    done = true;
    try {
      event.completed();
    } catch {
      // nothing more to do: the host is gone
    }
  };
  let summary: Summary;
  try {
    const api = createWorkbookApi(env.host, env.deps);
    const settings = resolveSettings(await api.loadSettings());
    const result = await api.validateActiveSheet(settings);
    summary = summaryOf(result);
    if (summary.first) await api.selectCell(result.sheetName, summary.first);
  } catch (error) {
    summary = { sheet: '', tables: 0, errors: 0, warnings: 0, problem: problemText(error) };
  }
  try {
    await env.show?.(summary);
  } catch {
    // the summary is a courtesy; the marks are already there
  } finally {
    complete();
  }
  return summary;
}

function problemText(error: unknown): string {
  if (error instanceof AddinError) return error.message === error.code ? `校验未完成（${error.code}）。` : error.message;
  return `校验未完成：${error instanceof Error ? error.message : String(error)}`;
}

/** A dialog with the summary where DialogApi 1.1 exists; closes itself on the button or after a minute. */
function showDialog(summary: Summary): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const url = `${location.origin}${location.pathname}?summary=${encodeSummary(summary)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const close = () => {
        try {
          dialog.close();
        } catch {
          // already closed
        }
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      setTimeout(close, 60_000);
    });
  });
}

/** commands.html opened as the summary dialog. */
function renderSummary(summary: Summary): void {
  const box = document.getElementById('summary');
  if (!box) return;
  box.hidden = false;
  const text = document.createElement('p');
  text.textContent = summaryText(summary);
  text.className = summary.problem || summary.errors ? 'error' : summary.warnings ? 'warning' : '';
  const button = document.createElement('button');
  button.textContent = '关闭';
  button.onclick = () => Office.context.ui.messageParent('close');
  box.append(text, button);
}

function start(): void {
  if (typeof Office === 'undefined') return;
  const summary = decodeSummary(location.search);
  const handler = (event: CommandEvent) => void validateSheetCommand(event, { host: officeHost(), show: showDialog });
  Office.onReady(() => {
    if (summary) return renderSummary(summary);
    const actions = (Office as unknown as { actions?: { associate(id: string, fn: (e: CommandEvent) => void): void } }).actions;
    actions?.associate?.('validateSheet', handler);
  });
  (globalThis as unknown as { validateSheet: typeof handler }).validateSheet = handler;
}

start();
