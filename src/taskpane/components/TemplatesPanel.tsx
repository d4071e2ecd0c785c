import { Button, Divider, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowUndoRegular, SearchRegular, TableAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Locale } from '../../core/settings';
import type { Translate } from '../i18n';
import { templateTypeName, templateTypes } from '../i18n/templates';
import type { Detection, PaneState } from '../state';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface TemplatesPanelProps {
  t: Translate;
  locale: Locale;
  busy: PaneState['busy'];
  detection: PaneState['detection'];
  templateType: string | null;
  canUndo: boolean;
  onDetect(): void;
  onChoose(type: string): void;
  onInsert(all: boolean): void;
  onUndo(): void;
  onCreate(type: string, budget: number, where: 'selection' | 'new-sheet'): void;
}

/** Options for the type choice: the detected type and its alternatives first (with confidence), then the rest. */
export function typeOptions(detection: Detection | null | undefined, locale: Locale): Array<{ type: string; label: string }> {
  const pct = (c: number) => `${Math.round(c * 100)}%`;
  const ranked = detection ? [detection.match, ...detection.match.alternatives] : [];
  const first = ranked.map((m) => ({ type: m.type, label: `${templateTypeName(m.type, locale, m.name)} · ${pct(m.confidence)}` }));
  const seen = new Set(first.map((o) => o.type));
  return [...first, ...templateTypes(locale).filter((o) => !seen.has(o.type)).map((o) => ({ type: o.type, label: o.name }))];
}

export function TemplatesPanel(props: TemplatesPanelProps) {
  const { t, locale, detection, busy } = props;
  const styles = useStyles();
  const options = typeOptions(detection, locale);
  const selected = props.templateType ?? detection?.match.type ?? 'generic';
  return (
    <div className={styles.panel}>
      <div className={styles.actions}>
        <Button icon={<SearchRegular />} onClick={props.onDetect} disabled={busy !== null}>
          {busy === 'detect' ? t('detecting') : t('detect')}
        </Button>
      </div>
      {detection === null && <Text>{t('noTableDetected')}</Text>}
      {detection && (
        <>
          <Text className={styles.table}>{t('detectedFor', { title: detection.table.project || detection.table.title })}</Text>
          <Field label={t('detectedType')}>
            <Select value={selected} onChange={(_, data) => props.onChoose(data.value)} aria-label={t('chooseType')}>
              {options.map((o) => (
                <option key={o.type} value={o.type}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" icon={<AddRegular />} disabled={busy !== null} onClick={() => props.onInsert(false)}>
              {t('insertMissing')}
            </Button>
            <Button disabled={busy !== null} onClick={() => props.onInsert(true)}>
              {t('insertAll')}
            </Button>
            <Button appearance="subtle" icon={<ArrowUndoRegular />} disabled={!props.canUndo || busy !== null} onClick={props.onUndo}>
              {t('undoInsert')}
            </Button>
          </div>
        </>
      )}
      <Divider />
      <NewTable {...props} options={options} initialType={selected} />
    </div>
  );
}

function NewTable(props: TemplatesPanelProps & { options: Array<{ type: string; label: string }>; initialType: string }) {
  const { t } = props;
  const styles = useStyles();
  const [type, setType] = useState<string | null>(null);
  const [budget, setBudget] = useState('');
  const [where, setWhere] = useState<'selection' | 'new-sheet'>('new-sheet');
  const chosen = type ?? props.initialType;
  const amount = Number(budget);
  const invalid = budget !== '' && !(amount > 0);
  return (
    <section className={styles.panel} aria-labelledby="new-table-heading">
      <h3 className={styles.heading} id="new-table-heading">
        {t('newTable')}
      </h3>
      <Field label={t('chooseType')}>
        <Select value={chosen} onChange={(_, data) => setType(data.value)}>
          {props.options.map((o) => (
            <option key={o.type} value={o.type}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('budget')} validationMessage={invalid ? t('budgetInvalid') : undefined}>
        <Input type="number" min={0} step="0.01" value={budget} onChange={(_, data) => setBudget(data.value)} />
      </Field>
      <Field label={t('where')}>
        <RadioGroup value={where} onChange={(_, data) => setWhere(data.value as 'selection' | 'new-sheet')} layout="horizontal">
          <Radio value="new-sheet" label={t('whereNewSheet')} />
          <Radio value="selection" label={t('whereSelection')} />
        </RadioGroup>
      </Field>
      <div>
        <Button icon={<TableAddRegular />} disabled={props.busy !== null || !(amount > 0)} onClick={() => props.onCreate(chosen, amount, where)}>
          {t('create')}
        </Button>
      </div>
    </section>
  );
}
