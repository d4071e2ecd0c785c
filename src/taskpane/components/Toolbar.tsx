import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, CheckmarkCircleRegular, EraserRegular, TableSimpleRegular } from '@fluentui/react-icons';
import type { Translate } from '../i18n';
import type { PaneState } from '../state';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
});

const STAGE_KEYS = { read: 'stageRead', validate: 'stageValidate', mark: 'stageMark', clear: 'stageClear' } as const;

export interface ToolbarProps {
  t: Translate;
  busy: PaneState['busy'];
  progress: PaneState['progress'];
  canExport: boolean;
  onValidate(): void;
  onClear(): void;
  onExportSheet(): void;
  onExportCsv(): void;
}

export function Toolbar(props: ToolbarProps) {
  const { t, busy, progress } = props;
  const styles = useStyles();
  const running = busy === 'validate' || busy === 'clear';
  return (
    <div>
      <div className={styles.bar}>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} onClick={props.onValidate} disabled={busy !== null} title={t('validateHint')}>
          {t('validate')}
        </Button>
        <Button icon={<EraserRegular />} onClick={props.onClear} disabled={busy !== null} title={t('clearMarksHint')}>
          {t('clearMarks')}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button appearance="subtle" icon={<ArrowDownloadRegular />} disabled={!props.canExport || busy !== null}>
              {t('exportReport')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<TableSimpleRegular />} onClick={props.onExportSheet}>
                {t('exportSheet')}
              </MenuItem>
              <MenuItem icon={<ArrowDownloadRegular />} onClick={props.onExportCsv}>
                {t('exportCsv')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {running && (
        <div className={styles.progress}>
          <Text size={200}>
            {busy === 'validate' ? t('validating') : t('clearing')}
            {progress ? ` ${t(STAGE_KEYS[progress.stage])} ${Math.round(progress.fraction * 100)}%` : ''}
          </Text>
          <ProgressBar value={progress?.fraction} max={1} aria-label={busy === 'validate' ? t('validating') : t('clearing')} />
        </div>
      )}
    </div>
  );
}
