/**
 * An ESLint-style RuleTester: each case builds a realistic sheet with build-grid (cleanTable() with
 * overrides, or rows only), runs the real parser and validate with only the rule under test switched on,
 * and compares the findings. Every reported finding is also checked against the catalogue contract:
 * its messageId is declared, and its message renders in every locale with no placeholder left unfilled.
 *
 *   ruleTester.run(valueDirection, {
 *     valid: [{ rows: [...] }],
 *     invalid: [{ rows: [...], errors: [{ messageId: 'positiveCapped', row: 1 }] }],
 *   });
 */
import type { Finding, MessageArgs, Rule } from '../../src/core/findings';
import { Grid } from '../../src/core/grid';
import { formatMessage } from '../../src/core/i18n';
import type { GoalTable } from '../../src/core/model';
import { RULES } from '../../src/core/rules';
import { resolveSettings, type Locale, type Settings } from '../../src/core/settings';
import { validateSheet } from '../../src/core/validate';
import { cleanTable, writeFlatTable, writeFormTable, type RawTable } from './build-grid';

export interface RuleCase {
  /** Test title; defaults to a summary of the case. */
  name?: string;
  /** Overrides of cleanTable(). */
  table?: Partial<RawTable>;
  /** Shorthand for `table: { rows }`: the indicator rows (一级, 二级, 三级, 描述, 指标值, 依据). */
  rows?: string[][];
  /** Several stacked tables, each overrides of cleanTable(). */
  tables?: Array<Partial<RawTable>>;
  layout?: 'form' | 'flat';
  /** Settings besides the rule switch (framework, pacing, satisfaction …). */
  settings?: Partial<Settings>;
}

export interface ExpectedError {
  messageId: string;
  /** A1 address of the cell the finding points at. */
  cell?: string;
  /** Index of the indicator row (in the case's rows) the finding is on. */
  row?: number;
  /** Index of the table the finding belongs to (default 0 when `row` is given). */
  table?: number;
  /** Arguments the finding must carry (a subset). */
  args?: MessageArgs;
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: RuleCase[];
  invalid: InvalidCase[];
}

export interface CaseResult {
  grid: Grid;
  tables: GoalTable[];
  findings: Finding[];
  /** Sheet row (0-based) of the first indicator row of each table as written. */
  firstIndicatorRows: number[];
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Builds the case's sheet and validates it with only `rule` on (at its default severity). */
export function runCase(rule: Rule, c: RuleCase): CaseResult {
  const grid = new Grid('Sheet1');
  const specs = c.tables ?? [{ ...c.table, ...(c.rows ? { rows: c.rows } : {}) }];
  const write = c.layout === 'flat' ? writeFlatTable : writeFormTable;
  const firstIndicatorRows: number[] = [];
  let top = 0;
  for (const spec of specs) {
    const table = cleanTable(spec);
    const end = write(grid, table, top);
    firstIndicatorRows.push(end - table.rows.length);
    top = end + 1;
  }
  const settings = onlyRule(rule, c.settings);
  const { tables, findings } = validateSheet(grid, settings);
  return { grid, tables, findings, firstIndicatorRows };
}

function onlyRule(rule: Rule, extra: Partial<Settings> | undefined): Settings {
  const rules: Settings['rules'] = {};
  for (const r of RULES) rules[r.meta.id] = 'off';
  rules[rule.meta.id] = rule.meta.defaultSeverity;
  return resolveSettings({ ...extra, rules: { ...extra?.rules, ...rules } });
}

function title(c: RuleCase, index: number): string {
  if (c.name) return c.name;
  const rows = c.rows ?? c.table?.rows;
  const values = rows?.map((r) => `${r[2]} ${r[4]}`).join('; ');
  return `#${index + 1}${values ? ` ${values.slice(0, 80)}` : ''}`;
}

/** The contract every finding keeps: declared messageId, a message that renders fully in every locale. */
export function expectRenderable(rule: Rule, finding: Finding): void {
  expect(rule.meta.messageIds).toContain(finding.messageId);
  for (const locale of LOCALES) {
    const message = formatMessage(finding, locale);
    expect(message).not.toMatch(/\{\w+\}/);
    expect(message).not.toBe(`${finding.rule}.${finding.messageId}`);
  }
}

export class RuleTester {
  run(rule: Rule, tests: RuleTests): void {
    describe(rule.meta.id, () => {
      describe('valid', () => {
        tests.valid.forEach((c, i) => {
          it(title(c, i), () => {
            const result = runCase(rule, c);
            expect(result.tables.length).toBeGreaterThan(0);
            expect(result.findings.map(summary)).toEqual([]);
          });
        });
      });
      describe('invalid', () => {
        tests.invalid.forEach((c, i) => {
          it(title(c, i), () => {
            const result = runCase(rule, c);
            expect(result.tables.length).toBeGreaterThan(0);
            expect(result.findings.map(summary)).toEqual(c.errors.map((e) => expected(e, result)));
            result.findings.forEach((f, k) => {
              const args = c.errors[k].args;
              if (args) expect(f.args).toMatchObject(args);
              expectRenderable(rule, f);
            });
          });
        });
      });
    });
  }
}

interface Summary {
  messageId: string;
  cell?: string;
  row?: number;
}

function summary(f: Finding): Summary {
  return { messageId: f.messageId, cell: f.cell, row: f.at.row };
}

/** What a finding must look like; fields the case leaves open are copied as wildcards. */
function expected(e: ExpectedError, result: CaseResult): Summary | object {
  const out: Record<string, unknown> = { messageId: e.messageId, cell: expect.any(String), row: expect.any(Number) };
  if (e.cell) out.cell = e.cell;
  if (e.row !== undefined) out.row = result.firstIndicatorRows[e.table ?? 0] + e.row;
  return out;
}

export const ruleTester = new RuleTester();
