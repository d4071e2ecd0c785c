import { parseSheet } from '../../src/core/parse';
import { validateTables } from '../../src/core/validate';
import { RULES } from '../../src/core/rules';
import { resolveSettings } from '../../src/core/settings';
import { buildSheet, cleanTable } from '../helpers/build-grid';
it('profile', () => {
  const tables = Array.from({ length: 100 }, (_, i) => { const t = cleanTable(); return { ...t, name: `${t.name}${i}`, rows: [...t.rows, t.rows[0]] }; });
  const grid = buildSheet(tables);
  const time = (f: () => void) => { for (let i = 0; i < 3; i++) f(); const s = performance.now(); for (let i = 0; i < 5; i++) f(); return (performance.now() - s) / 5; };
  const parsed = parseSheet(grid);
  const out: string[] = [`parse ${time(() => parseSheet(grid)).toFixed(1)}`, `rules ${time(() => validateTables(parsed)).toFixed(1)}`];
  for (const r of RULES) {
    const settings = resolveSettings({ rules: Object.fromEntries(RULES.map((x) => [x.meta.id, x === r ? 'warning' : 'off'])) });
    out.push(`${r.meta.id} ${time(() => validateTables(parsed, settings)).toFixed(2)}`);
  }
  console.log(out.join('\n'));
});
