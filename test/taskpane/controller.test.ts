import { DEFAULT_SETTINGS, resolveSettings } from '../../src/core/settings';
import { AddinError } from '../../src/office/api';
import { createController, errorNotice } from '../../src/taskpane/controller';
import { translator } from '../../src/taskpane/i18n';
import { findingKey, initialState, reducer, visibleGroups, type PaneState } from '../../src/taskpane/state';
import { FakeApi, fakeRuleText, protectedError } from './fake-api';

function setup(api = new FakeApi()) {
  let state: PaneState = initialState(resolveSettings(undefined), 'zh-CN');
  const downloads: Array<{ name: string; content: string; type: string }> = [];
  const controller = createController({
    api,
    dispatch: (action) => (state = reducer(state, action)),
    getState: () => state,
    ruleText: fakeRuleText,
    download: (name, content, type) => downloads.push({ name, content, type }),
  });
  return { api, controller, state: () => state, downloads };
}

describe('pane controller', () => {
  it('validates with the current settings, records progress and announces the counts', async () => {
    const { api, controller, state } = setup();
    await controller.validate();
    expect(api.callsOf('validateActiveSheet')[0].args[0]).toEqual(state().settings);
    expect(state().result?.findings).toHaveLength(4);
    expect(state().busy).toBeNull();
    expect(state().announcement).toBe('校验完成：2 个目标表，2 个错误，1 个警告，1 个提示。');
    expect(state().notice).toEqual({ intent: 'info', key: 'marked', args: { n: 3 } });
  });

  it('turns each AddinError code into its own message and leaves the pane usable', async () => {
    const { api, controller, state } = setup();
    api.failNext = { method: 'validateActiveSheet', error: protectedError() };
    await controller.validate();
    expect(state().busy).toBeNull();
    expect(state().result).toBeNull();
    expect(state().notice).toEqual({ intent: 'error', key: 'error_protected' });
    expect(translator('zh-CN')(state().notice!.key)).toContain('工作表受保护');
    await controller.validate();
    expect(state().result).not.toBeNull();
  });

  it.each(['protected', 'no-tables', 'too-large', 'unsupported', 'busy'] as const)('has a message for %s', (code) => {
    const notice = errorNotice(new AddinError(code));
    expect(notice.key).toBe(`error_${code}`);
    for (const locale of ['zh-CN', 'en'] as const) expect(translator(locale)(notice.key)).not.toBe(notice.key);
  });

  it('shows the host text for unexpected failures', () => {
    const notice = errorNotice(new Error('RichApi.Error: 内部错误'));
    expect(translator('zh-CN')(notice.key, notice.args)).toBe('操作未完成：RichApi.Error: 内部错误');
  });

  it('refuses a second operation while one runs', async () => {
    const { api, controller, state } = setup();
    let release!: () => void;
    api.gate = new Promise((resolve) => (release = resolve));
    const first = controller.validate();
    expect(state().busy).toBe('validate');
    await controller.clearMarks();
    expect(api.callsOf('clearMarks')).toHaveLength(0);
    expect(state().notice?.key).toBe('error_busy');
    release();
    await first;
    expect(state().busy).toBeNull();
  });

  it('selects the finding cell on its sheet', async () => {
    const { api, controller, state } = setup();
    await controller.validate();
    const target = state().result!.findings[1];
    await controller.select(target);
    expect(api.callsOf('selectCell')[0].args).toEqual(['临西', target.cell]);
    expect(state().selected).toBe(findingKey('临西', target));
  });

  it('dismisses a finding, saves it in the workbook and can restore it', async () => {
    const { api, controller, state } = setup();
    api.dismissed = ['其他表!B3!table/missing-code'];
    await controller.init('zh-CN');
    await controller.validate();
    const target = state().result!.findings[0];
    await controller.dismiss(target);
    expect(api.dismissed).toEqual(['其他表!B3!table/missing-code', findingKey('临西', target)]);
    expect(visibleGroups(state()).flatMap((g) => g.findings)).not.toContainEqual(target);
    await controller.restoreDismissed();
    expect(api.dismissed).toEqual(['其他表!B3!table/missing-code']);
  });

  it('exports only the findings that were not dismissed', async () => {
    const { api, controller, state, downloads } = setup();
    await controller.validate();
    await controller.dismiss(state().result!.findings[0]);
    await controller.exportSheet();
    const [exported, locale] = api.callsOf('exportReportSheet')[0].args as [{ findings: unknown[] }, string];
    expect(exported.findings).toHaveLength(3);
    expect(locale).toBe('zh-CN');
    controller.exportCsv();
    expect(downloads[0].name).toBe('校验报告-临西.csv');
    expect(downloads[0].content.trim().split('\r\n')).toHaveLength(1 + 3);
  });

  it('names the CSV in the pane language, and reports a failed download instead of throwing', async () => {
    const { controller, state, downloads } = setup();
    await controller.validate();
    await controller.setLocale('en');
    controller.exportCsv();
    expect(downloads[0].name).toBe('validation-report-临西.csv');

    const notices: unknown[] = [];
    const errors: unknown[] = [];
    const blocked = createController({
      api: new FakeApi(),
      dispatch: (action) => void (action.type === 'notice' && notices.push(action.notice)),
      getState: state,
      ruleText: fakeRuleText,
      download: () => {
        throw new Error('blocked by the browser');
      },
      onError: (error) => errors.push(error),
    });
    expect(() => blocked.exportCsv()).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(notices).toEqual([{ intent: 'error', key: 'error_failed', args: { detail: 'blocked by the browser' } }]);
  });

  it('clears marks and forgets the result', async () => {
    const { controller, state } = setup();
    await controller.validate();
    await controller.clearMarks();
    expect(state().result).toBeNull();
    expect(state().announcement).toBe('已清除标记，恢复了 3 个单元格。');
  });

  it('takes the saved language over the display language, and saves a switch', async () => {
    const { api, controller, state } = setup();
    await controller.init('en');
    expect(state().locale).toBe('en');
    api.settings = { locale: 'zh-CN', framework: '2021' };
    await controller.init('en');
    expect(state().locale).toBe('zh-CN');
    expect(state().settings.framework).toBe('2021');
    await controller.setLocale('en');
    expect(api.settings.locale).toBe('en');
  });

  it('detects the template type, inserts with it, then undoes', async () => {
    const { api, controller, state } = setup();
    await controller.detect();
    expect(state().templateType).toBe('major-cases');
    controller.chooseTemplate('anti-gang');
    await controller.insertTemplate(false);
    expect(api.callsOf('insertTemplate')[0].args).toEqual(['anti-gang', { all: false }]);
    expect(state().canUndo).toBe(true);
    await controller.undoInsert();
    expect(state().canUndo).toBe(false);
    expect(state().notice?.key).toBe('undone');
  });

  it('says so when nothing was inserted', async () => {
    const api = new FakeApi();
    api.inserted = 0;
    const { controller, state } = setup(api);
    await controller.detect();
    await controller.insertTemplate(false);
    expect(state().canUndo).toBe(false);
    expect(state().notice?.key).toBe('insertedNone');
  });

  it('rejects a budget that is not positive before asking the workbook', async () => {
    const { api, controller, state } = setup();
    await controller.createTable('generic', 0, 'new-sheet');
    await controller.createTable('generic', Number.NaN, 'new-sheet');
    expect(api.callsOf('createTable')).toHaveLength(0);
    expect(state().notice?.key).toBe('budgetInvalid');
    await controller.createTable('generic', 12.5, 'new-sheet');
    expect(api.callsOf('createTable')[0].args).toEqual(['generic', 12.5, 'new-sheet']);
  });

  it('saves settings changes', async () => {
    const { api, controller } = setup();
    await controller.updateSettings({ ...DEFAULT_SETTINGS, rules: { 'value/missing-operator': 'off' } });
    expect(api.settings.rules).toEqual({ 'value/missing-operator': 'off' });
  });
});
