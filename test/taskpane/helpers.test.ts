import { hostInfo, localStore, logError } from '../../src/office/helpers';

describe('office helpers', () => {
  it('reports the host and platform inside Office, WEB outside', () => {
    expect(hostInfo({ context: { host: 'Excel', platform: 'OfficeOnline' } })).toEqual({ host: 'EXCEL', platform: 'OFFICE_ONLINE', isAddin: true });
    expect(hostInfo({ context: { diagnostics: { host: 'Excel', platform: 'PC' } } })).toEqual({ host: 'EXCEL', platform: 'PC', isAddin: true });
    expect(hostInfo(undefined)).toEqual({ host: 'WEB', platform: null, isAddin: false });
  });

  it('keeps values per container, in memory where there is no localStorage', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // the library announces its memory fallback
    const store = localStore<{ on: boolean }>('goaltable-test');
    const other = localStore<{ on: boolean }>('another');
    store.set('filters', { on: true });
    expect(store.get('filters')).toEqual({ on: true });
    expect(other.get('filters')).toBeUndefined();
    expect(store.get('missing')).toBeUndefined();
  });

  it('logs an error with its Office debug info and never throws', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = Object.assign(new Error('denied'), { name: 'RichApi.Error', debugInfo: { code: 'AccessDenied', errorLocation: 'Range.format.fill.color' } });
    expect(() => logError(error)).not.toThrow();
    expect(() => logError('plain text')).not.toThrow();
    const printed = [...spy.mock.calls, ...log.mock.calls].flat().map(String).join(' ');
    expect(printed).toContain('denied');
    spy.mockRestore();
    log.mockRestore();
  });
});
