import {
  Badge,
  Button,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../core/findings';
import type { Locale } from '../../core/settings';
import type { Translate, UiKey } from '../i18n';
import type { RuleText } from '../report';
import { SEVERITIES } from '../../core/findings';
import type { Counts, FindingGroup } from '../state';

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  group: { marginTop: tokens.spacingVerticalM },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorNeutralBackground1Selected },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'transparent',
    color: tokens.colorNeutralForeground1,
    textAlign: 'start',
    font: 'inherit',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap', marginTop: '1px' },
  message: { flexGrow: 1, lineHeight: tokens.lineHeightBase300, fontSize: tokens.fontSizeBase300 },
  cell: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  details: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  dismissed: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  empty: { marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsListProps {
  t: Translate;
  locale: Locale;
  ruleText: RuleText;
  sheetName: string;
  groups: FindingGroup[];
  counts: Counts;
  filters: Record<Severity, boolean>;
  selectedKey: string | null;
  dismissedCount: number;
  keyOf(finding: Finding): string;
  onFilter(severity: Severity, on: boolean): void;
  onSelect(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onRestoreDismissed(): void;
}

export function FindingsList(props: FindingsListProps) {
  const { t, groups, counts } = props;
  const styles = useStyles();
  const navigation = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const total = counts.error + counts.warning + counts.info;
  return (
    <section aria-label={t('findingsLabel')}>
      <div className={styles.filters} role="group" aria-label={t('filterLabel')}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            shape="circular"
            checked={props.filters[severity]}
            onClick={() => props.onFilter(severity, !props.filters[severity])}
          >
            {t(`severity_${severity}` as UiKey)} {counts[severity]}
          </ToggleButton>
        ))}
      </div>
      {total === 0 && <Text className={styles.empty} as="p">{t('noFindings')}</Text>}
      {total > 0 && groups.length === 0 && <Text className={styles.empty} as="p">{t('allFiltered')}</Text>}
      <div {...navigation}>
        {groups.map((group) => (
          <div key={group.tableIndex} className={styles.group}>
            <h3 className={styles.heading} id={`table-${group.tableIndex}`}>
              {t('tableHeading', { n: group.tableIndex + 1, title: group.table?.project || group.table?.title || t('tableUntitled') })}
            </h3>
            <ul className={styles.list} aria-labelledby={`table-${group.tableIndex}`}>
              {group.findings.map((finding) => (
                <FindingItem key={props.keyOf(finding)} {...props} finding={finding} selected={props.selectedKey === props.keyOf(finding)} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {props.dismissedCount > 0 && (
        <div className={styles.dismissed}>
          <Text size={200}>{t('dismissedCount', { n: props.dismissedCount })}</Text>
          <Button size="small" appearance="transparent" onClick={props.onRestoreDismissed}>
            {t('restoreDismissed')}
          </Button>
        </div>
      )}
    </section>
  );
}

function FindingItem(props: FindingsListProps & { finding: Finding; selected: boolean }) {
  const { t, finding, selected, locale } = props;
  const styles = useStyles();
  const message = props.ruleText.message(finding, locale);
  const docs = selected ? props.ruleText.docs(finding.rule, locale) : null;
  const severityWord = t(`severity_${finding.severity}` as UiKey);
  return (
    <li className={mergeClasses(styles.item, selected && styles.selected)} data-finding={finding.rule} data-cell={finding.cell}>
      <button
        type="button"
        className={styles.row}
        aria-expanded={selected}
        aria-label={[severityWord, message, t('goToCell', { cell: finding.cell })].join(t('listSep'))}
        onClick={() => props.onSelect(finding)}
      >
        <Badge className={styles.badge} appearance="tint" color={BADGE_COLOR[finding.severity]} shape="rounded">
          {severityWord}
        </Badge>
        <span className={styles.message}>{message}</span>
        <span className={styles.cell}>{finding.cell}</span>
      </button>
      {docs && (
        <div className={styles.details}>
          {docs.why && (
            <div>
              <span className={styles.label}>{t('why')}{t('colon')}</span>
              {docs.why}
            </div>
          )}
          {docs.fix && (
            <div>
              <span className={styles.label}>{t('fix')}{t('colon')}</span>
              {docs.fix}
            </div>
          )}
          <div>
            <Button
              size="small"
              appearance="subtle"
              icon={<DismissRegular />}
              aria-label={t('dismissLabel', { cell: finding.cell })}
              onClick={() => props.onDismiss(finding)}
            >
              {t('dismiss')}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
