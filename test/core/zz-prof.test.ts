import { parseSheet } from '../../src/core/parse';
import { validateTables } from '../../src/core/validate';
import { RULES } from '../../src/core/rules';
import { resolveSettings } from '../../src/core/settings';
import { generateSheet } from '../../bench/sheets';
it('profile', () => {
  const grid = generateSheet(100);
  const measure = (settings: ReturnType<typeof resolveSettings>, runs = 40) => {
    const parsed = Array.from({ length: runs }, () => parseSheet(grid));
    const s = process.cpuUsage();
    for (const p of parsed) validateTables(p, settings);
    const d = process.cpuUsage(s);
    return (d.user + d.system) / 1000 / runs;
  };
  measure(resolveSettings(undefined));
  const out = [`all ${measure(resolveSettings(undefined)).toFixed(2)}`];
  const allOff = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));
  out.push(`none ${measure(resolveSettings({ rules: allOff })).toFixed(2)}`);
  for (const r of RULES) out.push(`${r.meta.id} ${measure(resolveSettings({ rules: { ...allOff, [r.meta.id]: 'warning' } })).toFixed(2)}`);
  console.log(out.join('\n'));
}, 120000);
