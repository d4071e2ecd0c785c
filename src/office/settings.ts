/**
 * goaltable's state in the workbook: the user's Settings, dismissed finding keys, and the marks ledger.
 *
 * Where: Excel's workbook settings (ExcelApi 1.4), which are "part of the workbook", scoped "per file and
 * add-in", and — unlike Office.context.document.settings — read and written inside an Excel.run batch, so the
 * ledger is written in the same sync as the marks it describes and the pane and the ribbon command (two
 * runtimes) never overwrite each other's snapshot. A veryHidden sheet would also travel with the file but
 * needs an unprotected workbook structure, shows up in VBA and other tools, and survives copies of the sheet.
 * Excel 2016 (ExcelApi 1.1) has no workbook settings: there, Office.context.document.settings (same
 * storage, callback API) is used, refreshed before reading and saved with saveAsync.
 */
import type { DocumentSettingsLike } from './host';

export const KEYS = {
  settings: 'goaltable.settings',
  dismissed: 'goaltable.dismissed',
  marks: 'goaltable.marks',
} as const;

export type SettingKey = (typeof KEYS)[keyof typeof KEYS];

export interface SettingsStore {
  /** Queues reads in the batch; the returned function gives the values after the sync. */
  queueRead(context: Excel.RequestContext, keys: SettingKey[]): () => Record<string, unknown>;
  /** Queues a write. Batched stores write at the sync, the others at `flush`. */
  queueWrite(context: Excel.RequestContext, key: SettingKey, value: unknown): void;
  /** True when writes happen in the batch's sync (and need no `flush`). */
  readonly batched: boolean;
  flush(): Promise<void>;
}

export function workbookSettingsStore(): SettingsStore {
  return {
    batched: true,
    queueRead(context, keys) {
      const items = keys.map((key) => [key, context.workbook.settings.getItemOrNullObject(key).load('value')] as const);
      return () => Object.fromEntries(items.filter(([, s]) => !s.isNullObject).map(([key, s]) => [key, s.value]));
    },
    queueWrite(context, key, value) {
      // Never delete: a method call on a NullObject fails the whole batch. An empty value is written instead.
      context.workbook.settings.add(key, value as string);
    },
    flush: async () => undefined,
  };
}

export function documentSettingsStore(settings: DocumentSettingsLike): SettingsStore {
  let dirty = false;
  return {
    batched: false,
    queueRead(_context, keys) {
      return () => Object.fromEntries(keys.map((k) => [k, settings.get(k)]).filter(([, v]) => v !== null && v !== undefined));
    },
    queueWrite(_context, key, value) {
      settings.set(key, value);
      dirty = true;
    },
    flush() {
      if (!dirty) return Promise.resolve();
      dirty = false;
      return new Promise((resolve, reject) =>
        settings.saveAsync((result) => (result.status === 'failed' ? reject(new Error(result.error?.message ?? 'saveAsync failed')) : resolve())),
      );
    },
  };
}

/** Re-reads document settings another runtime may have saved (no-op where unsupported). */
export function refreshDocumentSettings(settings: DocumentSettingsLike): Promise<void> {
  if (!settings.refreshAsync) return Promise.resolve();
  return new Promise((resolve) => settings.refreshAsync!(() => resolve()));
}
