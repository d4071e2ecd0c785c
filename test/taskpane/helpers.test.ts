import { hostInfo, localStore, logError } from '../../src/office/helpers';

describe('office helpers', () => {
  it('reports the host and platform inside Office, WEB outside', () => {
    expect(hostInfo({ context: { host: 'Excel', platform: 'OfficeOnline' } })).toEqual({ host: 'EXCEL', platform: 'OFFICE_ONLINE', isAddin: true });
    expect(hostInfo({ context: { diagnostics: { host: 'Excel', platform: 'PC' } } })).toEqual({ host: 'EXCEL', platform: 'PC', isAddin: true });
    expect(hostInfo(undefined)).toEqual({ host: 'WEB', platform: null, isAddin: false });
  });

  it('stores JSON under a container prefix and survives bad data', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = localStore<{ on: boolean }>('goaltable', storage);
    store.set('filters', { on: true });
    expect(data.get('@goaltable/filters')).toBe('{"on":true}');
    expect(store.get('filters')).toEqual({ on: true });
    data.set('@goaltable/broken', '{');
    expect(store.get('broken')).toBeUndefined();
    expect(store.get('missing')).toBeUndefined();
  });

  it('keeps values in memory when storage is unavailable or full', () => {
    const memoryOnly = localStore<number>('x', null);
    memoryOnly.set('n', 3);
    expect(memoryOnly.get('n')).toBe(3);
    const full = localStore<number>('x', { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } });
    expect(() => full.set('n', 1)).not.toThrow();
  });

  it('logs Office debug info with the error', () => {
    const lines: unknown[][] = [];
    const error = Object.assign(new Error('denied'), { name: 'RichApi.Error', debugInfo: { code: 'AccessDenied', errorLocation: 'Range.format.fill.color' } });
    logError(error, { error: (...args: unknown[]) => void lines.push(args) });
    expect(lines[0][0]).toBe('RichApi.Error: denied at Range.format.fill.color');
  });
});
