/**
 * The batching machinery of the fake Office.js: a request context that queues operations and runs them on
 * `sync()`, and a base proxy class with Office.js's load rules.
 *
 * Faithful to the documented model (learn.microsoft.com "Application-specific API model", "*OrNullObject
 * methods and properties"):
 * - a proxy method or property setter only queues an operation; nothing happens until `context.sync()`;
 * - reading a property that was not `load`ed and synced throws `PropertyNotLoaded` synchronously;
 * - an operation that fails rejects the sync with a RichApi error (`code`, `debugInfo.errorLocation`); the
 *   operations queued after it do not run, the ones before it stay applied (batches are not transactions);
 * - `isNullObject` is only known after a load and a sync;
 * - calling an API newer than the host's requirement sets fails at sync with `ApiNotFound`;
 * - Excel on the web caps a request/response at 5 MB (performance.md, "Payload size limit best practices");
 *   the host can enforce a response budget so that chunked reads can be tested.
 */
import type { HostProfile } from './requirements';
import { PROFILES } from './requirements';
import type { MemWorkbook } from './model';

export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(readonly code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

export const MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object or the current state.',
  ItemNotFound: 'The requested resource doesn\u2019t exist.',
  ItemAlreadyExists: 'The resource being created already exists.',
  MergedRangeConflict: 'Cannot complete the operation. A table can\u2019t overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

export function fail(code: string, location?: string): never {
  throw new OfficeError(code, MESSAGES[code] ?? code, location);
}

export interface HostState {
  workbook: MemWorkbook;
  profile: HostProfile;
  syncCount: number;
  /** Bytes of loaded data one sync may return (Excel on the web: 5 MB). */
  payloadLimit: number;
}

type Op = () => void;

/** `read` operations only load: they leave the workbook (and so the memo of facts derived from it) alone. */
export type OpKind = 'read' | 'write';

export class MemoryRequestContext {
  private queue: Array<{ op: Op; kind: OpKind }> = [];
  private payload = 0;
  /**
   * Facts derived from the workbook that cost a scan of every cell (cells by position, used ranges, merges by
   * row), kept while nothing writes: any `write` operation drops them. Lives as long as the context (one
   * `run`): code that edits the MemWorkbook directly does so between runs.
   */
  private readonly memo = new Map<string, unknown>();

  constructor(readonly host: HostState) {}

  get state(): MemWorkbook {
    return this.host.workbook;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /** Queues an operation; anything not declared a `read` may write. */
  enqueue(op: Op, kind: OpKind = 'write'): void {
    this.queue.push({ op, kind });
  }

  /** Queues an operation that needs ExcelApi 1.`minor`; fails at sync on an older host. */
  enqueueApi(minor: number, location: string, op: Op): void {
    this.enqueue(() => {
      this.assertApi(minor, location);
      op();
    });
  }

  /** Queues only the check that the host has ExcelApi 1.`minor` (for proxy methods that return an object). */
  requireApi(minor: number, location: string): void {
    this.enqueue(() => this.assertApi(minor, location), 'read');
  }

  /** `compute()`, remembered under `key` until an operation writes. */
  memoize<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  supports(minor: number): boolean {
    return PROFILES[this.host.profile].excelApi >= minor;
  }

  /** Fails with ApiNotFound, as a host without ExcelApi 1.`minor` does. */
  assertApi(minor: number, location: string): void {
    if (!this.supports(minor)) fail('ApiNotFound', location);
  }

  /** Counts bytes of loaded data against the payload budget of the current sync. */
  chargePayload(value: unknown): void {
    this.payload += JSON.stringify(value ?? null).length;
    if (this.payload > this.host.payloadLimit) fail('ResponsePayloadSizeLimitExceeded');
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.payload = 0;
    await Promise.resolve();
    for (const { op, kind } of ops) {
      try {
        op();
      } catch (error) {
        throw toOfficeError(error);
      } finally {
        if (kind === 'write') this.memo.clear(); // also when it failed half-way: batches are not transactions
      }
    }
  }
}

function toOfficeError(error: unknown): OfficeError {
  if (error instanceof OfficeError) return error;
  const code = (error as { code?: string }).code;
  if (code) return new OfficeError(code, MESSAGES[code] ?? code);
  return new OfficeError('GeneralException', error instanceof Error ? error.message : String(error));
}

/** Parses Office.js load arguments into property paths (`format/fill/color`). */
export function loadPaths(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s) ?? []);
  if (typeof spec === 'object') {
    const o = spec as { select?: string; expand?: string; $all?: boolean };
    if (o.select !== undefined || o.expand !== undefined) {
      return [...(loadPaths(o.select) ?? []), ...(loadPaths(o.expand) ?? [])];
    }
    return Object.entries(spec as Record<string, unknown>).flatMap(([key, value]) => {
      if (value === true) return [key];
      if (value && typeof value === 'object') return (loadPaths(value) ?? []).map((p) => `${key}/${p}`);
      return [];
    });
  }
  return undefined;
}

/**
 * Base of every proxy object. `resolve` finds the object's target in the workbook when an operation runs;
 * it returns null for a missing item (a NullObject when `nullable`, else ItemNotFound).
 */
export abstract class ClientObject<T> {
  protected readonly loaded = new Map<string, unknown>();
  /** Scalar properties that `load` can fetch, and how. */
  protected abstract readonly scalars: Record<string, (target: T) => unknown>;
  /** Minimum ExcelApi minor version of this object's type. */
  protected readonly minApi: number = 1;

  constructor(
    readonly context: MemoryRequestContext,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
    protected readonly location = 'Object',
  ) {}

  /** The target, or a failure as Excel reports it. */
  protected target(): T {
    const t = this.tryTarget();
    if (t === null) fail('ItemNotFound', this.location);
    return t;
  }

  protected tryTarget(): T | null {
    this.context.assertApi(this.minApi, this.location);
    return this.resolver();
  }

  /** Child navigation objects (`format`, `fill` …) for load paths. */
  protected navigation(_name: string): AnyObject | undefined {
    return undefined;
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    for (const path of paths ?? Object.keys(this.scalars)) {
      const slash = path.indexOf('/');
      if (slash > 0) {
        const child = this.navigation(path.slice(0, slash));
        if (!child) fail('InvalidArgument', `${this.location}.load(${path})`);
        child.load(path.slice(slash + 1));
      } else if (path in this.scalars) own.push(path);
      else if (this.navigation(path)) this.navigation(path)!.load();
      else if (path !== 'isNullObject') fail('InvalidArgument', `${this.location}.load(${path})`);
    }
    this.context.enqueue(() => this.fetch(own), 'read');
    return this;
  }

  protected fetch(props: string[]): void {
    const t = this.nullable ? this.tryTarget() : this.target();
    this.loaded.set('isNullObject', t === null);
    if (t === null) return;
    for (const p of props) {
      const value = this.scalars[p](t);
      this.context.chargePayload(value);
      this.loaded.set(p, value);
    }
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new OfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.location}.${name}`,
      );
    }
    return this.loaded.get(name);
  }

  /** A property setter: the local copy changes now, the workbook at sync. */
  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue(() => apply(this.target()));
  }

  /** A method call queued for sync. */
  protected call(op: (target: T) => void, minApi = this.minApi, location = this.location): void {
    this.context.enqueueApi(minApi, location, () => op(this.target()));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded].filter(([k]) => k !== 'isNullObject'));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyObject = ClientObject<any>;

/** `OfficeExtension.ClientResult`: a value known after sync. */
export class ClientResult<T> {
  private known = false;
  private result: T | undefined;
  set(value: T): void {
    this.result = value;
    this.known = true;
  }
  get value(): T {
    if (!this.known) fail('PropertyNotLoaded', 'ClientResult.value');
    return this.result as T;
  }
}
