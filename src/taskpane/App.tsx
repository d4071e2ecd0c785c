/** The task pane: validation, findings, templates, settings. Talks to the workbook only through `api`. */
import {
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef } from 'react';
import type { RuleMeta } from '../core/findings';
import type { Locale } from '../core/settings';
import type { WorkbookApi } from '../office/api';
import { FindingsList } from './components/FindingsList';
import { SettingsPanel } from './components/SettingsPanel';
import { Summary } from './components/Summary';
import { TemplatesPanel } from './components/TemplatesPanel';
import { Toolbar } from './components/Toolbar';
import { translator } from './i18n';
import type { RuleText } from './report';
import { countBySeverity, dismissedHere, findingKey, visibleGroups, type Tab as PaneTab } from './state';
import type { ThemeKind } from './theme';
import { downloadFile, usePane, type PaneDeps } from './usePane';

const useStyles = makeStyles({
  root: {
    minHeight: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
  },
  empty: { color: tokens.colorNeutralForeground3, lineHeight: tokens.lineHeightBase300 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface AppProps {
  api: WorkbookApi;
  ruleText: RuleText;
  rules: readonly RuleMeta[];
  /** From Office's display language; a language saved in the workbook's settings wins. */
  displayLocale: Locale;
  theme?: ThemeKind;
  download?: (fileName: string, content: string, mimeType: string) => void;
  preferences?: PaneDeps['preferences'];
  onError?: PaneDeps['onError'];
}

export function App(props: AppProps) {
  const [state, pane] = usePane({
    api: props.api,
    ruleText: props.ruleText,
    displayLocale: props.displayLocale,
    download: props.download ?? downloadFile,
    preferences: props.preferences,
    onError: props.onError,
  });
  const styles = useStyles();
  const t = useMemo(() => translator(state.locale), [state.locale]);
  const { result, notice, tab } = state;

  // Detects once, on the first visit to 模板 when idle; a failed detection is not retried in a loop
  // (the notice says why; the 识别项目类型 button tries again).
  const autoDetected = useRef(false);
  useEffect(() => {
    if (tab !== 'templates' || state.detection !== undefined || state.busy !== null || autoDetected.current) return;
    autoDetected.current = true;
    void pane.detect();
  }, [tab, state.detection, state.busy, pane]);

  return (
    <FluentProvider theme={props.theme === 'dark' ? webDarkTheme : webLightTheme} lang={state.locale} className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('appTitle')}</h1>
        <TabList selectedValue={tab} onTabSelect={(_, data) => pane.setTab(data.value as PaneTab)} size="medium">
          <Tab value="findings">{t('tabFindings')}</Tab>
          <Tab value="templates">{t('tabTemplates')}</Tab>
          <Tab value="settings">{t('tabSettings')}</Tab>
        </TabList>
      </header>
      <main className={styles.main}>
        {notice && (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>{t(notice.key, notice.args)}</MessageBarBody>
            <MessageBarActions
              containerAction={<Button appearance="transparent" aria-label={t('dismissError')} icon={<DismissRegular />} onClick={pane.closeNotice} />}
            />
          </MessageBar>
        )}
        {tab === 'findings' && (
          <>
            <Toolbar
              t={t}
              busy={state.busy}
              progress={state.progress}
              canExport={result !== null}
              onValidate={pane.validate}
              onClear={pane.clearMarks}
              onExportSheet={pane.exportSheet}
              onExportCsv={pane.exportCsv}
            />
            {result ? (
              <>
                <Summary t={t} tables={result.tables.length} counts={countBySeverity(state)} />
                <FindingsList
                  t={t}
                  locale={state.locale}
                  ruleText={props.ruleText}
                  sheetName={result.sheetName}
                  groups={visibleGroups(state)}
                  counts={countBySeverity(state)}
                  filters={state.filters}
                  selectedKey={state.selected}
                  dismissedCount={dismissedHere(state)}
                  keyOf={(f) => findingKey(result.sheetName, f)}
                  onFilter={pane.setFilter}
                  onSelect={pane.select}
                  onDismiss={pane.dismiss}
                  onRestoreDismissed={pane.restoreDismissed}
                />
              </>
            ) : (
              state.busy === null && <Text as="p" className={styles.empty}>{t('emptyState')}</Text>
            )}
          </>
        )}
        {tab === 'templates' && (
          <TemplatesPanel
            t={t}
            locale={state.locale}
            busy={state.busy}
            detection={state.detection}
            templateType={state.templateType}
            canUndo={state.canUndo}
            onDetect={pane.detect}
            onChoose={pane.chooseTemplate}
            onInsert={pane.insertTemplate}
            onUndo={pane.undoInsert}
            onCreate={pane.createTable}
          />
        )}
        {tab === 'settings' && (
          <SettingsPanel
            t={t}
            locale={state.locale}
            settings={state.settings}
            rules={props.rules}
            ruleText={props.ruleText}
            onChange={pane.updateSettings}
            onLocale={pane.setLocale}
          />
        )}
      </main>
      <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="live-region">
        {state.announcement}
      </div>
    </FluentProvider>
  );
}
