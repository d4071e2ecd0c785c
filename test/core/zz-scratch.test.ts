import { validateSheet } from '../../src/core/validate';
import { buildSheet, cleanTable } from '../helpers/build-grid';
it('profile', () => {
  const tables = Array.from({ length: 100 }, (_, i) => { const t = cleanTable(); return { ...t, name: `${t.name}${i}`, rows: [...t.rows, t.rows[0]] }; });
  const grid = buildSheet(tables);
  for (let i = 0; i < 200; i++) validateSheet(grid);
});
