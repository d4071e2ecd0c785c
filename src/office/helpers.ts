/**
 * The one module that uses @microsoft/office-js-helpers, for what it does well here: a namespaced JSON store
 * over localStorage (with an in-memory fallback when a webview blocks storage) and prettified error logging.
 * Keep every use of the library behind these functions so it can be swapped out.
 *
 * Host detection reads `Office.context.host/platform` (documented API) rather than the library's
 * `Utilities.host`, which relies on office.js internals (its own comment says so) and needs `window`.
 *
 * Measured (webpack production, pane bundle, gzip -9): the library adds 13.6 KB gzipped (56.5 KB minified):
 * it ships one prebuilt UMD bundle with rxjs 5 and lodash-es inside, so no sub-module can be imported alone.
 */
import { Storage, StorageType, Utilities } from '@microsoft/office-js-helpers';

export interface HostInfo {
  /** `EXCEL`, `WORD` … or `WEB` outside Office (as office-js-helpers' HostType). */
  host: string;
  /** `PC`, `MAC`, `OFFICE_ONLINE`, `IOS`, or null outside Office (as office-js-helpers' PlatformType). */
  platform: string | null;
  isAddin: boolean;
}

const PLATFORMS: Record<string, string> = { PC: 'PC', OfficeOnline: 'OFFICE_ONLINE', Mac: 'MAC', iOS: 'IOS', Android: 'ANDROID', Universal: 'UNIVERSAL' };

interface OfficeLike {
  context?: { host?: unknown; platform?: unknown; diagnostics?: { host?: unknown; platform?: unknown } };
}

export function hostInfo(office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office): HostInfo {
  const context = office?.context;
  const host = context?.host ?? context?.diagnostics?.host;
  if (!host) return { host: 'WEB', platform: null, isAddin: false };
  const platform = String(context?.platform ?? context?.diagnostics?.platform ?? '');
  return { host: String(host).toUpperCase(), platform: PLATFORMS[platform] ?? (platform || null), isAddin: true };
}

export interface LocalStore<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** JSON values in localStorage under `@container/key`; in memory when storage is unavailable or full. */
export function localStore<T>(container: string): LocalStore<T> {
  const store = openStorage<T>(container);
  return {
    get(key) {
      try {
        return store.get(key) ?? undefined;
      } catch {
        return undefined; // unparseable data left by someone else
      }
    },
    set(key, value) {
      try {
        store.set(key, value);
      } catch {
        // quota exceeded or storage blocked mid-session: a preference is not worth an error
      }
    },
  };
}

function openStorage<T>(container: string): Storage<T> {
  try {
    if (typeof localStorage !== 'undefined') return new Storage<T>(container, StorageType.LocalStorage);
  } catch {
    // some hosts' webviews throw on any access to localStorage
  }
  return new Storage<T>(container, StorageType.InMemoryStorage);
}

/** Logs an error with Office's debug info (error location, code) when it carries some. */
export function logError(error: unknown): void {
  if (!(error instanceof Error)) {
    Utilities.log(String(error));
    return;
  }
  const debugInfo = (error as { debugInfo?: { code?: string; errorLocation?: string } }).debugInfo;
  Utilities.log(error, debugInfo);
}
