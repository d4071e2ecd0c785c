import { parseSheet } from '../../src/core/parse';
import { validateTables } from '../../src/core/validate';
import { buildSheet, cleanTable } from '../helpers/build-grid';
it('profile', () => {
  const tables = Array.from({ length: 100 }, (_, i) => { const t = cleanTable(); return { ...t, name: `${t.name}${i}`, rows: [...t.rows, t.rows[0]] }; });
  const grid = buildSheet(tables);
  const cpu = (f: () => void) => { for (let i = 0; i < 5; i++) f(); const ts: number[] = []; for (let i = 0; i < 20; i++) { const s = process.cpuUsage(); f(); const d = process.cpuUsage(s); ts.push((d.user + d.system) / 1000); } return Math.min(...ts); };
  const wall = (f: () => void) => { const ts: number[] = []; for (let i = 0; i < 20; i++) { const s = performance.now(); f(); ts.push(performance.now() - s); } return Math.min(...ts); };
  console.log(`parse cpu ${cpu(() => parseSheet(grid)).toFixed(1)} wall ${wall(() => parseSheet(grid)).toFixed(1)}; rules cpu ${cpu(() => validateTables(parseSheet(grid))).toFixed(1)} wall ${wall(() => validateTables(parseSheet(grid))).toFixed(1)}; fresh-parse rules`);
});
