/**
 * Accuracy on the fixtures (fixtures/README.md): every `must` label caught by an error or warning finding
 * on one of its rows; precision = share of error/warning findings on rows labelled must, may or neutral.
 * The .xlsx files are read with the CLI's reader, so rows are real sheet rows, as truth.json counts them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/cli/xlsx';
import type { Finding } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import { validateSheet } from '../../src/core/validate';
import { writeFlatTable, writeFormTable, type BuildOptions, type RawTable } from '../helpers/build-grid';

interface TruthEntry {
  file: string;
  sheet: string;
  table: number;
  key: string;
  level: 'must' | 'may' | 'neutral' | 'range';
  rows: number[];
  why?: string;
}

interface Located extends Finding {
  sheet: string;
}

interface Score {
  file: string;
  musts: number;
  caught: number;
  findings: number;
  onLabelled: number;
  missed: TruthEntry[];
  stray: Located[];
}

const FIXTURES = join(__dirname, '..', 'fixtures');
const truth: TruthEntry[] = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8'));
const files = [...new Set(truth.map((t) => t.file))];

async function findingsOf(file: string): Promise<Located[]> {
  const { grids } = await readWorkbook(join(FIXTURES, file));
  return grids.flatMap((grid) =>
    validateSheet(grid)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => ({ ...f, sheet: grid.sheetName })),
  );
}

function score(file: string, findings: Located[]): Score {
  const entries = truth.filter((t) => t.file === file);
  const labelled = new Set(
    entries.filter((t) => t.level !== 'range').flatMap((t) => t.rows.map((r) => `${t.sheet}!${r}`)),
  );
  const at = (f: Located): string => `${f.sheet}!${f.at.row + 1}`;
  const hit = new Set(findings.map(at));
  const musts = entries.filter((t) => t.level === 'must');
  const missed = musts.filter((t) => !t.rows.some((r) => hit.has(`${t.sheet}!${r}`)));
  const stray = findings.filter((f) => !labelled.has(at(f)));
  return {
    file,
    musts: musts.length,
    caught: musts.length - missed.length,
    findings: findings.length,
    onLabelled: findings.length - stray.length,
    missed,
    stray,
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

describe('accuracy on the fixtures', () => {
  const scores: Score[] = [];

  beforeAll(async () => {
    for (const file of files) scores.push(score(file, await findingsOf(file)));
    const total = scores.reduce(
      (t, s) => ({ musts: t.musts + s.musts, caught: t.caught + s.caught, findings: t.findings + s.findings, on: t.on + s.onLabelled }),
      { musts: 0, caught: 0, findings: 0, on: 0 },
    );
    const lines = scores.map(
      (s) =>
        `${s.file.padEnd(18)} recall ${s.caught}/${s.musts} (${pct(s.caught, s.musts)})  ` +
        `precision ${s.onLabelled}/${s.findings} (${pct(s.onLabelled, s.findings)})`,
    );
    lines.push(
      `${'overall'.padEnd(18)} recall ${total.caught}/${total.musts} (${pct(total.caught, total.musts)})  ` +
        `precision ${total.on}/${total.findings} (${pct(total.on, total.findings)})`,
    );
    for (const s of scores) {
      for (const m of s.missed) lines.push(`  missed ${s.file} ${m.sheet} table ${m.table} rows ${m.rows.join(',')}: ${m.why}`);
      for (const f of s.stray) lines.push(`  unlabelled ${s.file} ${f.sheet}!${f.cell} ${f.severity} ${f.rule} ${JSON.stringify(f.args)}`);
    }
    console.log(lines.join('\n'));
  });

  it('reads every fixture file into tables', () => {
    expect(scores).toHaveLength(files.length);
  });

  it.each(files)('catches every must label in %s', (file) => {
    const s = scores.find((x) => x.file === file)!;
    expect(s.missed.map((m) => `${m.sheet} table ${m.table}: ${m.why}`)).toEqual([]);
  });

  it('keeps at least 90% of error/warning findings on labelled rows', () => {
    const findings = scores.reduce((n, s) => n + s.findings, 0);
    const onLabelled = scores.reduce((n, s) => n + s.onLabelled, 0);
    expect(findings).toBeGreaterThan(0);
    expect(onLabelled / findings).toBeGreaterThanOrEqual(0.9);
  });
});

/**
 * The same labels on sheets built from *-raw.json in other placements (shifted right, no gap between
 * tables, numbers stored as text, flat layout): the rules must not depend on where a table sits.
 */
type Labels = Record<string, Record<string, { must: Record<string, string>; may: Record<string, string> }>>;

const labels: Labels = JSON.parse(readFileSync(join(FIXTURES, 'labels.json'), 'utf8'));

interface Placed {
  must: number[][];
  labelled: Set<number>;
}

/** Writes the tables and resolves their labels to rows, as truth.json does for the .xlsx files. */
function placeTables(file: string, options: BuildOptions): { grid: Grid; placed: Placed } {
  const tables: RawTable[] = JSON.parse(readFileSync(join(FIXTURES, `${file}-raw.json`), 'utf8'));
  const grid = new Grid(file);
  const placed: Placed = { must: [], labelled: new Set() };
  let top = options.top ?? 0;
  tables.forEach((table, i) => {
    const flat = options.layout === 'flat';
    const write = flat ? writeFlatTable : writeFormTable;
    const end = write(grid, table, top, options.left ?? 0, options.numbers ?? true);
    const first = end - table.rows.length;
    const goals = table.goals?.length ?? 1;
    const form = { code: top + 2, budget: top + 3, spend: [top + 3, top + 5, top + 6] };
    const neutral = flat ? [top, first - 1] : [top, top + 1, top + 4, first - 1];
    for (let g = 0; g < goals; g++) neutral.push(first - 1 - goals + g);
    neutral.forEach((r) => placed.labelled.add(r));
    const rowsOf = (key: string): number[] => {
      if (/^\d+$/.test(key)) return [first + Number(key)];
      if (flat) return [];
      if (key === 'spend') return form.spend;
      if (key === 'code' || key === 'budget') return [form[key]];
      return [top];
    };
    const entry = labels[file]?.[String(i + 1)] ?? { must: {}, may: {} };
    for (const key of Object.keys(entry.may)) rowsOf(key).forEach((r) => placed.labelled.add(r));
    for (const key of Object.keys(entry.must)) {
      const rows = rowsOf(key);
      rows.forEach((r) => placed.labelled.add(r));
      if (rows.length > 0) placed.must.push(rows);
    }
    top = end + (options.gap ?? 1);
  });
  return { grid, placed };
}

const PLACEMENTS: Array<[string, BuildOptions]> = [
  ['shifted, no gap, numbers as text', { left: 2, top: 3, gap: 0, numbers: false }],
  ['flat layout', { layout: 'flat', gap: 2 }],
];

describe.each(PLACEMENTS)('accuracy on the raw tables, %s', (_, options) => {
  it.each(['linxi', 'zunhua', 'huailai'])('%s: every must caught, no error or warning on an unlabelled row', (file) => {
    const { grid, placed } = placeTables(file, options);
    const findings = validateSheet(grid).findings.filter((f) => f.severity !== 'info');
    const rows = new Set(findings.map((f) => f.at.row));
    expect(placed.must.filter((m) => !m.some((r) => rows.has(r)))).toEqual([]);
    expect(findings.filter((f) => !placed.labelled.has(f.at.row)).map((f) => `${f.cell} ${f.rule}`)).toEqual([]);
  });
});
