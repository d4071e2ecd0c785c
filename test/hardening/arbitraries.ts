/**
 * fast-check arbitraries for the hardening tests: cells and grids drawn from the domain's vocabulary
 * (labels, values, units, error values, full-width digits, huge numbers, formulas, whitespace) and
 * mutations of real tables (cells deleted, swapped, rows duplicated or removed, junk, merges changed).
 */
import fc from 'fast-check';
import { Grid, type Cell, type Merge } from '../../src/core/grid';
import { writeFlatTable, writeFormTable, type RawTable } from '../helpers/build-grid';

export const LABELS = [
  '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据', '一级\n指标', '三级 指标',
  '产出指标', '产出\n指标 ', '效益指标', '效果指标', '满意度指标', '成本指标', '数量指标', '数量', '质量指标',
  '时效指标', '成本', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '可持续性影响',
  '服务对象满意度指标', '满意度', '经济成本指标', '社会成本指标', '生态环境成本指标',
  '项目编码', '项目名称', '项目名称：见义勇为基金', '预算规模及资金用途', '预算数', '预算金额', '年度预算数',
  '其中：财政资金', '财政拨款', '其他资金', '资金用途', '资金支出计划（%）', '资金支出计划(%)', '3月底', '6月底',
  '9月底', '10月底', '12月底', '绩效目标', '目标1', '目标2', '单位：万元', '单位：元', '单位:千元',
  '1.大要案查处工作经费绩效目标表', '见义勇为基金绩效目标', '204001 某县委政法委员会本级', '注：', '填报人：',
] as const;

export const VALUES = [
  '≥95%', '≤100%', '=100%', '≥100%', '＞９０％', '≥1万元', '≤6万元', '≤100', '≥610人', '≥300元/人', '≥10人',
  '≤2 次', '≥90次', '100%', '98%', '12月底前', '11月底之前完成', '2020年1月至2020年12月', '当年', '是', '否', '达标',
  '保持稳定', '进一步提升', '有效', '良好', '及时', '在预算范围内', '189.8万元', '13万', '5.00', '1,234.56',
  '１２３', '１２，３４５．６', '————', '无', '/', '不低于95%', '不超过5万元', '90%以上', '3天以内', '≧80%', '≦1亿元',
  '>=1GB', '<0', '-5%', '1e309', '0x1F', '∞', '≥', '%', '万元', '≥ %', '≥≥5', '5%%', '≥5万元/台', '10月31日前',
] as const;

export const ERRORS = ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'] as const;
const WHITESPACE = ['', ' ', '  ', '\n', '\t', '\u3000', '\u00a0', '\r\n', '\u200b'] as const;
const FORMATS = ['General', '0', '0.00', '0%', '0.00%', '#,##0.00', '"¥"#,##0.00', '[Red]0.00;[Blue]-0.00', 'yyyy-mm-dd', '@', '0.00"万元"'] as const;

/** Any double Excel could hold (and some it could not): overflow on ×100 or 亿元 → 元 must not leak out. */
const double = fc.double({ noNaN: true, noDefaultInfinity: true });
const HUGE = fc.constantFrom(1e15, 9.99e307, -9.99e307, 1e21, 2 ** 53 + 1, 5e-324, -0, 123456789012345680000);

const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...LABELS, ...VALUES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LABELS, ...VALUES, ...WHITESPACE), fc.constantFrom(...LABELS, ...VALUES, ...WHITESPACE)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constantFrom(...WHITESPACE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('≥', '≤', '%', '１', '２', '０', '.', '，', '万', '元', '月', '底', '前', '人', '次', '年', ' ', '-'), maxLength: 12 }) },
);

function textCell(s: string): Cell {
  return { value: s === '' ? null : s, text: s };
}

function numberCell(n: number, format: string, shown?: string): Cell {
  const display = shown ?? (format.includes('%') ? `${Math.round(n * 10000) / 100}%` : String(n));
  return { value: n, text: display, numberFormat: format };
}

export const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: text.map(textCell) },
  { weight: 2, arbitrary: fc.tuple(double, fc.constantFrom(...FORMATS)).map(([n, f]) => numberCell(n, f)) },
  { weight: 1, arbitrary: fc.tuple(HUGE, fc.constantFrom(...FORMATS)).map(([n, f]) => numberCell(n, f)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(0, 0.3, 0.6, 1, 1.25, 16.4, 100), fc.constantFrom('0%', '0.00', 'General')).map(([n, f]) => numberCell(n, f)) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((e): Cell => ({ value: e, text: e, error: e })) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(text, double), fc.boolean()).map(([v, shown]): Cell => ({ value: v, text: shown ? String(v) : '', formula: true })) },
  { weight: 1, arbitrary: fc.boolean().map((b): Cell => ({ value: b, text: b ? 'TRUE' : 'FALSE' })) },
  // A reader that left `text` empty, or gave a number format to text.
  { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom(...FORMATS)).map(([s, f]): Cell => ({ value: s || null, text: '', numberFormat: f })) },
);

export interface GridSpec {
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  cells: Array<[number, number, Cell]>;
  merges: Merge[];
}

const mergeRect = (rows: number, cols: number): fc.Arbitrary<Merge> =>
  fc
    .record({ row: fc.nat(rows - 1), col: fc.nat(cols - 1), rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 7 }) })
    .filter((m) => m.rows > 1 || m.cols > 1);

/** A random sheet: sparse cells anywhere (sometimes far from A1), and non-overlapping merges. */
export const gridSpec: fc.Arbitrary<GridSpec> = fc
  .record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 12 }), top: fc.oneof(fc.constant(0), fc.nat(2000)), left: fc.oneof(fc.constant(0), fc.nat(30)) })
  .chain(({ rows, cols, top, left }) =>
    fc.record({
      name: fc.constantFrom('Sheet1', '项目绩效目标', '表 1', "O'Brien"),
      top: fc.constant(top),
      left: fc.constant(left),
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      cells: fc.array(fc.tuple(fc.nat(rows - 1), fc.nat(cols - 1), cell), { maxLength: rows * cols }),
      merges: fc.array(mergeRect(rows, cols), { maxLength: 12 }),
    }),
  );

export function gridOf(spec: GridSpec): Grid {
  const grid = new Grid(spec.name);
  for (const [r, c, value] of spec.cells) grid.set(spec.top + r, spec.left + c, value);
  const taken: Merge[] = [];
  for (const m of spec.merges) {
    const shifted = { ...m, row: spec.top + m.row, col: spec.left + m.col };
    if (taken.some((t) => overlaps(t, shifted))) continue;
    taken.push(shifted);
    grid.addMerge(shifted);
  }
  return grid;
}

function overlaps(a: Merge, b: Merge): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

const word = fc.constantFrom(...LABELS, ...VALUES, ...WHITESPACE, '表彰人数', '处置率', '群众满意度', '资金落实率', '项目总成本', '人均补助标准');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** A goal table with plausible structure and random content, for the rules' deeper paths. */
export const rawTable: fc.Arbitrary<RawTable> = fc.record({
  title: fc.oneof(fc.constant('1.某某工作经费绩效目标表'), word.map((w) => `${w}绩效目标表`)),
  dept: maybe(word),
  unit: maybe(fc.constantFrom('单位：万元', '单位：元', '单位：千元', '单位：亿元', '单位：', '万元')),
  code: maybe(fc.oneof(word, fc.constant('13053522P009631100010'))),
  name: maybe(word),
  budget: maybe(fc.oneof(word, double, HUGE)),
  fiscal: maybe(fc.oneof(word, double)),
  other: maybe(word),
  usage: maybe(word),
  spendMilestones: maybe(fc.array(word, { minLength: 0, maxLength: 6 })),
  spend: maybe(fc.array(fc.oneof(word, double, fc.constantFrom('30%', '60%', '100%', '0', '1.25')), { maxLength: 6 })),
  goals: maybe(fc.array(fc.tuple(fc.constantFrom('', '目标1', '目标2', '目标'), word), { minLength: 1, maxLength: 4 })),
  rows: fc.array(fc.array(word, { minLength: 6, maxLength: 6 }), { maxLength: 12 }),
});

export const rawSheet = fc.record({
  tables: fc.array(rawTable, { minLength: 1, maxLength: 3 }),
  flat: fc.boolean(),
  gap: fc.nat(2),
  left: fc.oneof(fc.constant(0), fc.nat(5)),
});

export function buildRawSheet({ tables, flat, gap, left }: { tables: RawTable[]; flat: boolean; gap: number; left: number }): Grid {
  const grid = new Grid('Sheet1');
  let row = 0;
  for (const t of tables) row = (flat ? writeFlatTable : writeFormTable)(grid, t, row, left) + gap;
  return grid;
}

// ---------------------------------------------------------------------------------------------------
// Mutations of real sheets

/** A sheet as a dense, editable matrix (for mutation), and back. */
export interface Matrix {
  name: string;
  cells: Array<Array<Cell | undefined>>;
  merges: Merge[];
}

export function toMatrix(grid: Grid): Matrix {
  const cells: Array<Array<Cell | undefined>> = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const line: Array<Cell | undefined> = [];
    for (let c = 0; c < grid.colCount; c++) {
      const value = grid.get(r, c);
      line.push(value.value === null && !value.error ? undefined : value);
    }
    cells.push(line);
  }
  return { name: grid.sheetName, cells, merges: grid.merges.map((m) => ({ ...m })) };
}

export function fromMatrix(m: Matrix): Grid {
  const grid = new Grid(m.name);
  m.cells.forEach((line, r) => line.forEach((value, c) => value && grid.set(r, c, value)));
  for (const merge of m.merges) if (merge.rows >= 1 && merge.cols >= 1 && (merge.rows > 1 || merge.cols > 1)) grid.addMerge(merge);
  return grid;
}

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'junk'; at: number; value: Cell }
  | { kind: 'duplicate-row'; at: number }
  | { kind: 'remove-row'; at: number }
  | { kind: 'swap-columns'; a: number; b: number }
  | { kind: 'drop-merge'; at: number }
  | { kind: 'add-merge'; at: number; rows: number; cols: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('junk' as const), at: fc.nat(), value: cell }),
  fc.record({ kind: fc.constant('duplicate-row' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove-row' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-columns' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('drop-merge' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-merge' as const), at: fc.nat(), rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) }),
);

/** Applies a mutation in place; positions are taken modulo the sheet's size. */
export function mutate(m: Matrix, op: Mutation): void {
  const rows = m.cells.length;
  const cols = m.cells[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  const pos = (n: number) => ({ r: Math.floor(n / cols) % rows, c: n % cols });
  switch (op.kind) {
    case 'delete': {
      const { r, c } = pos(op.at);
      m.cells[r][c] = undefined;
      break;
    }
    case 'swap': {
      const a = pos(op.a);
      const b = pos(op.b);
      [m.cells[a.r][a.c], m.cells[b.r][b.c]] = [m.cells[b.r][b.c], m.cells[a.r][a.c]];
      break;
    }
    case 'junk': {
      const { r, c } = pos(op.at);
      m.cells[r][c] = op.value;
      break;
    }
    case 'duplicate-row': {
      const r = op.at % rows;
      m.cells.splice(r + 1, 0, [...m.cells[r]]);
      m.merges = m.merges.map((g) => (g.row > r ? { ...g, row: g.row + 1 } : g.row + g.rows > r ? { ...g, rows: g.rows + 1 } : g));
      break;
    }
    case 'remove-row': {
      const r = op.at % rows;
      m.cells.splice(r, 1);
      m.merges = m.merges
        .map((g) => (g.row > r ? { ...g, row: g.row - 1 } : g.row + g.rows > r ? { ...g, rows: g.rows - 1 } : g))
        .filter((g) => g.rows >= 1 && (g.rows > 1 || g.cols > 1));
      break;
    }
    case 'swap-columns': {
      const a = op.a % cols;
      const b = op.b % cols;
      for (const line of m.cells) [line[a], line[b]] = [line[b], line[a]];
      // Merges stay where they were: the cells moved under them, as a careless copy-paste would leave it.
      break;
    }
    case 'drop-merge':
      if (m.merges.length > 0) m.merges.splice(op.at % m.merges.length, 1);
      break;
    case 'add-merge': {
      const { r, c } = pos(op.at);
      const merge = { row: r, col: c, rows: Math.min(op.rows, rows - r), cols: Math.min(op.cols, cols - c) };
      // Excel refuses overlapping merges: replace the ones the new area touches.
      m.merges = m.merges.filter((g) => !overlaps(g, merge));
      m.merges.push(merge);
      break;
    }
  }
}
