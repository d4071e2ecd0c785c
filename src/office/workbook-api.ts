/**
 * `createWorkbookApi`: the WorkbookApi the pane and the ribbon command use, over an injected host — real
 * Excel (`officeHost()`) or the in-memory host (tests, playground).
 */
import { formatMessage } from '../core/i18n';
import { classifyTable } from '../core/templates';
import { validateSheet } from '../core/validate';
import type { Settings } from '../core/settings';
import { AddinError, type FindingKey, type SheetValidation, type WorkbookApi } from './api';
import { createTable, detectTemplate, insertTemplate, TemplateLedger, undoInsert } from './insert';
import type { ExcelRun, OfficeHost, RequirementChecker } from './host';
import { writeReportSheet, type MessageFormatter } from './report';
import { selectCell } from './select';
import { KEYS, type SettingKey } from './settings';
import { clearMarks, prepareStoreFor, toAddinError, validateAndMark, type ClassifyFn, type ValidateFn } from './validate';

export interface WorkbookApiDeps {
  validate?: ValidateFn;
  classify?: ClassifyFn;
  formatMessage?: MessageFormatter;
}

export function createWorkbookApi(host: OfficeHost, deps?: WorkbookApiDeps): WorkbookApi;
export function createWorkbookApi(run: ExcelRun, requirements: RequirementChecker, deps?: WorkbookApiDeps): WorkbookApi;
export function createWorkbookApi(a: OfficeHost | ExcelRun, b?: RequirementChecker | WorkbookApiDeps, c?: WorkbookApiDeps): WorkbookApi {
  const host: OfficeHost = typeof a === 'function' ? { run: a, requirements: b as RequirementChecker } : a;
  const options = (typeof a === 'function' ? c : (b as WorkbookApiDeps | undefined)) ?? {};
  const validate = options.validate ?? validateSheet;
  const classify = options.classify ?? ((table) => classifyTable(table));
  const format = options.formatMessage ?? ((f, locale) => formatMessage(f, locale));
  let busy = false;
  /** Settings calls run one after another, after whatever operation is running: they never fail as busy. */
  let last: Promise<unknown> = Promise.resolve();

  const mapped = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (error) {
      throw toAddinError(error);
    }
  };

  const serialized = <T>(op: () => Promise<T>): Promise<T> => {
    const next = last.then(() => mapped(op));
    last = next.catch(() => undefined);
    return next;
  };

  /** One operation at a time (a second one fails as busy); every failure comes out as an AddinError. */
  const guarded = <T>(op: () => Promise<T>): Promise<T> => {
    if (busy) return Promise.reject(new AddinError('busy', '另一项操作正在进行，请稍候。'));
    busy = true;
    return serialized(op).finally(() => {
      busy = false;
    });
  };

  const readKey = (key: SettingKey) =>
    serialized(async () => {
      const store = await prepareStoreFor(host);
      return host.run(async (context) => {
        const values = store.queueRead(context, [key]);
        await context.sync();
        return values()[key];
      });
    });

  const writeKey = (key: SettingKey, value: unknown) =>
    serialized(async () => {
      const store = await prepareStoreFor(host);
      await host.run(async (context) => {
        store.queueWrite(context, key, value);
        if (store.batched) await context.sync();
      });
      await store.flush();
    });

  return {
    validateActiveSheet: (settings: Settings, onProgress) => guarded(() => validateAndMark(host, { validate, classify }, settings, onProgress)),
    clearMarks: () => guarded(() => clearMarks(host)),
    // Not exclusive: moving through the findings must not fail while an operation runs.
    selectCell: (sheetName, cell) => mapped(() => selectCell(host.run, sheetName, cell)),
    loadSettings: async () => ((await readKey(KEYS.settings)) as Partial<Settings> | undefined) ?? {},
    saveSettings: (settings) => writeKey(KEYS.settings, settings),
    loadDismissed: async () => ((await readKey(KEYS.dismissed)) as FindingKey[] | undefined) ?? [],
    saveDismissed: (keys) => writeKey(KEYS.dismissed, keys),
    exportReportSheet: (result: SheetValidation, locale) => guarded(() => writeReportSheet(host.run, result, locale, format)),
    ...templateMethods(host, guarded),
  };
}

/** Template methods: src/office/insert.ts (templates engineer); the insertion ledger lives with this api. */
function templateMethods(
  host: OfficeHost,
  guarded: <T>(op: () => Promise<T>) => Promise<T>,
): Pick<WorkbookApi, 'detectTemplate' | 'insertTemplate' | 'undoInsert' | 'createTable'> {
  const ledger = new TemplateLedger();
  return {
    detectTemplate: () => guarded(() => detectTemplate(host)),
    insertTemplate: (type, options) => guarded(() => insertTemplate(host, ledger, type, options)),
    undoInsert: () => guarded(() => undoInsert(host, ledger)),
    createTable: (type, budget, where) => guarded(() => createTable(host, ledger, type, budget, where)),
  };
}
