import { Button, Field, Radio, RadioGroup, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { RuleCategory, RuleMeta, Severity } from '../../core/findings';
import { DEFAULT_SETTINGS, type Framework, type Locale, type Settings } from '../../core/settings';
import type { Translate, UiKey } from '../i18n';
import type { RuleText } from '../report';
import { SEVERITIES } from '../../core/findings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  category: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rule: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  ruleId: { display: 'block', color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  select: { minWidth: '88px' },
});

export interface SettingsPanelProps {
  t: Translate;
  locale: Locale;
  settings: Settings;
  rules: readonly RuleMeta[];
  ruleText: RuleText;
  onChange(settings: Settings): void;
  onLocale(locale: Locale): void;
}

/** The severity a rule runs at under these settings, or 'off'. */
export function ruleSetting(settings: Settings, rule: RuleMeta): Severity | 'off' {
  return settings.rules[rule.id] ?? (rule.defaultOff ? 'off' : rule.defaultSeverity);
}

/** Settings with one rule changed; a rule back at its default is removed, so that defaults can evolve. */
export function withRule(settings: Settings, rule: RuleMeta, value: Severity | 'off'): Settings {
  const rules = { ...settings.rules };
  const isDefault = value === (rule.defaultOff ? 'off' : rule.defaultSeverity);
  if (isDefault) delete rules[rule.id];
  else rules[rule.id] = value;
  return { ...settings, rules };
}

export function SettingsPanel(props: SettingsPanelProps) {
  const { t, settings, locale } = props;
  const styles = useStyles();
  const categories = new Map<RuleCategory, RuleMeta[]>();
  for (const meta of props.rules) categories.set(meta.category, [...(categories.get(meta.category) ?? []), meta]);
  return (
    <div className={styles.panel}>
      <Field label={t('settingsLanguage')}>
        <Select value={locale} onChange={(_, data) => props.onLocale(data.value as Locale)}>
          <option value="zh-CN">{t('language_zh')}</option>
          <option value="en">{t('language_en')}</option>
        </Select>
      </Field>
      <Field label={t('settingsFramework')}>
        <RadioGroup value={settings.framework} onChange={(_, data) => props.onChange({ ...settings, framework: data.value as Framework })}>
          <Radio value="classic" label={t('frameworkClassic')} />
          <Radio value="2021" label={t('framework2021')} />
        </RadioGroup>
      </Field>
      <section aria-label={t('settingsRules')}>
        {[...categories.entries()].map(([category, metas]) => (
          <div key={category}>
            <h3 className={styles.category}>{t(`category_${category}` as UiKey)}</h3>
            {metas.map((meta) => (
              <RuleRow key={meta.id} {...props} meta={meta} />
            ))}
          </div>
        ))}
      </section>
      <div>
        <Button onClick={() => props.onChange({ ...DEFAULT_SETTINGS, locale })}>{t('resetSettings')}</Button>
      </div>
    </div>
  );
}

function RuleRow(props: SettingsPanelProps & { meta: RuleMeta }) {
  const { t, meta, settings } = props;
  const styles = useStyles();
  const name = props.ruleText.docs(meta.id, props.locale).name || meta.id;
  const value = ruleSetting(settings, meta);
  const on = value !== 'off';
  return (
    <div className={styles.rule}>
      <Switch
        checked={on}
        aria-label={t('ruleEnabled', { rule: name })}
        label={
          <span>
            {name}
            <span className={styles.ruleId}>{meta.id}</span>
          </span>
        }
        onChange={(_, data) => props.onChange(withRule(settings, meta, data.checked ? meta.defaultSeverity : 'off'))}
      />
      <Select
        className={styles.select}
        size="small"
        disabled={!on}
        value={on ? value : meta.defaultSeverity}
        aria-label={t('ruleSeverity', { rule: name })}
        onChange={(_, data) => props.onChange(withRule(settings, meta, data.value as Severity))}
      >
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {t(`severity_${severity}` as UiKey)}
          </option>
        ))}
      </Select>
    </div>
  );
}
