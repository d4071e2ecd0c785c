/** Task pane entry: waits for Office, then renders the App over the real workbook. */
import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/host';
import { createWorkbookApi } from '../office/workbook-api';
import { hostInfo, localStore, logError } from '../office/helpers';
import { RULE_METAS, coreRuleText } from './rule-text';
import { App } from './App';
import { localeFromDisplayLanguage } from './i18n';
import { themeKindFromOffice } from './theme';

Office.onReady(() => {
  const root = createRoot(document.getElementById('root')!);
  const api = createWorkbookApi(officeHost());
  const displayLocale = localeFromDisplayLanguage(Office.context.displayLanguage);
  document.documentElement.lang = displayLocale;
  if (!hostInfo().isAddin) logError('goaltable: not running inside Excel');
  root.render(
    <App
      api={api}
      ruleText={coreRuleText}
      rules={RULE_METAS}
      displayLocale={displayLocale}
      theme={themeKindFromOffice(Office.context.officeTheme)}
      preferences={localStore('goaltable')}
      onError={logError}
    />,
  );
});
