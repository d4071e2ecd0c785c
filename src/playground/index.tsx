/**
 * The browser playground: the real task pane (the same App) beside a sample workbook running on the
 * in-memory Excel host. No network: no office.js, no fonts or scripts from elsewhere.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Locale } from '../core/settings';
import { MemoryHost } from '../office/memory-host';
import type { WorkbookApi } from '../office/api';
import { createWorkbookApi } from '../office/workbook-api';
import { App } from '../taskpane/App';
import { localeFromDisplayLanguage } from '../taskpane/i18n';
import { RULE_METAS, coreRuleText } from '../taskpane/rule-text';
import type { ThemeKind } from '../taskpane/theme';
import { GridView } from './GridView';
import { sampleGrid } from './sample-grid';

/** Calls `onSettled` after every workbook call, so the grid is drawn again after each pane action. */
export function observed(api: WorkbookApi, onSettled: () => void): WorkbookApi {
  return new Proxy(api, {
    get(target, name, receiver) {
      const member = Reflect.get(target, name, receiver);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        const result = (member as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) return result.finally(onSettled);
        onSettled();
        return result;
      };
    },
  });
}

const params = new URLSearchParams(location.search);
const startLocale = localeFromDisplayLanguage(params.get('lang') ?? 'zh-CN');
const theme: ThemeKind = params.get('theme') === 'dark' ? 'dark' : 'light';
const host = MemoryHost.fromGrid(sampleGrid(), { displayLanguage: startLocale });

const TEXT: Record<Locale, { title: string; note: string; language: string }> = {
  'zh-CN': { title: 'goaltable 演示', note: '示例工作簿在浏览器内存中运行，不联网，不上传任何数据', language: 'Office 显示语言' },
  en: { title: 'goaltable playground', note: 'The sample workbook runs in browser memory: no network, nothing uploaded', language: 'Office display language' },
};

function Playground() {
  const [, setVersion] = useState(0);
  const [displayLocale, setDisplayLocale] = useState<Locale>(startLocale);
  const redraw = () => setVersion((v) => v + 1);
  const api = useMemo(() => observed(createWorkbookApi(host), redraw), []);
  const workbook = host.workbook;
  const active = workbook.sheets.find((s) => s.id === workbook.activeSheetId) ?? workbook.sheets[0];
  const selection = workbook.selection.sheetId === active.id ? workbook.selection.range : null;
  const text = TEXT[displayLocale];

  useEffect(() => {
    document.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selection?.top, selection?.left, active.id]);

  const select = (row: number, col: number) => {
    workbook.selection = { sheetId: active.id, range: { top: row, left: col, bottom: row, right: col } };
    redraw();
  };
  const activate = (name: string) => {
    host.activate(name);
    redraw();
  };

  return (
    <div className="shell">
      <div className="topbar">
        <strong>{text.title}</strong>
        <span className="note">{text.note}</span>
        <span className="spacer" />
        <label>
          {text.language}{' '}
          <select value={displayLocale} onChange={(e) => setDisplayLocale(e.target.value as Locale)} data-testid="display-language">
            <option value="zh-CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
      <div className="workspace">
        <div className="sheet-area">
          <div className="sheet-scroll">
            <GridView sheet={host.render(active.name)} selection={selection} onSelect={select} />
          </div>
          <div className="sheet-tabs" role="tablist">
            {workbook.sheets.map((sheet) => (
              <span key={sheet.id} role="tab" aria-selected={sheet.id === active.id} onClick={() => activate(sheet.name)} style={sheet.id === active.id ? undefined : { color: '#616161', fontWeight: 400, cursor: 'pointer' }}>
                {sheet.name}
              </span>
            ))}
          </div>
        </div>
        <aside className="pane" aria-label={text.title}>
          <App api={api} ruleText={coreRuleText} rules={RULE_METAS} displayLocale={displayLocale} theme={theme} />
        </aside>
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<Playground />);
