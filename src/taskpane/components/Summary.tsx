import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import type { Counts } from '../state';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function Summary({ t, tables, counts }: { t: Translate; tables: number; counts: Counts }) {
  const styles = useStyles();
  const tiles = [
    { label: t('summaryTables'), value: tables, tone: '' },
    { label: t('summaryErrors'), value: counts.error, tone: counts.error ? styles.error : '' },
    { label: t('summaryWarnings'), value: counts.warning, tone: counts.warning ? styles.warning : '' },
    { label: t('summaryInfos'), value: counts.info, tone: '' },
  ];
  return (
    <div className={styles.row} role="group" aria-label={t('findingsLabel')} data-testid="summary">
      {tiles.map((tile) => (
        <div key={tile.label} className={styles.tile}>
          <span className={`${styles.number} ${tile.tone}`}>{tile.value}</span>
          <Text size={200}>{tile.label}</Text>
        </div>
      ))}
    </div>
  );
}
