/**
 * The command line against damaged and extreme files, over the real reader, parser and rules (test/cli
 * covers each unreadable kind and --annotate's refusals; this adds fuzzed damage, the default size limit
 * through `run`, an empty sheet, and that an annotated copy loses nothing of any fixture).
 */
import { copyFileSync, closeSync, openSync, readFileSync, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { run } from '../../src/cli/program';
import { DEFAULT_LIMITS } from '../../src/cli/xlsx';
import { captureIO, fixture, sha256, tempDir } from '../cli/helpers';
import { FIXTURES as FIXTURE_NAMES } from '../office/fixtures';
import { runs, TIMEOUT_MS } from './runs';

const FIXTURES = FIXTURE_NAMES.map((name) => `${name}.xlsx`);
const HUAILAI = fixture('huailai.xlsx');
const STACK_LINE = /\n\s+at /;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

interface JsonReport {
  files: Array<{ file: string; error?: string; sheets?: unknown[] }>;
}

/** Checks `files` as JSON; asserts the run never leaks a stack trace and every file has an entry. */
async function check(files: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const out = captureIO();
  const code = await run(['check', ...files, '--format', 'json'], out.io);
  expect(out.stderr()).not.toMatch(STACK_LINE);
  expect(out.stderr()).not.toMatch(/内部错误|internal error/);
  const report = JSON.parse(out.stdout()) as JsonReport;
  expect(report.files.map((f) => f.file)).toEqual(files);
  return { code, report, stderr: out.stderr() };
}

type Damage = { kind: 'truncate'; at: number } | { kind: 'flip'; at: number[]; xor: number } | { kind: 'zero'; at: number; length: number };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2048 }) }),
);

function damaged(source: Buffer, d: Damage): Buffer {
  const bytes = Buffer.from(source);
  switch (d.kind) {
    case 'truncate':
      return bytes.subarray(0, Math.max(4, Math.floor(bytes.length * d.at)));
    case 'flip':
      // Past the first 4 bytes (the zip signature), so that the damage reaches the reader, not the sniffing.
      for (const at of d.at) bytes[4 + (at % (bytes.length - 4))] ^= d.xor;
      return bytes;
    case 'zero':
    {
      const start = 4 + (d.at % (bytes.length - 4));
      bytes.fill(0, start, Math.min(bytes.length, start + d.length));
      return bytes;
    }
  }
}

describe('damaged workbooks', () => {
  test('any damage to a fixture: a clear line or a result, never a crash; the next file is still checked', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIXTURES), damage, async (name, d) => {
        const file = path.join(tmp.dir, `damaged-${n++}.xlsx`);
        writeFileSync(file, damaged(readFileSync(fixture(name)), d));
        const { code, report, stderr } = await check([file, HUAILAI]);
        const [first, second] = report.files;
        if (first.error) {
          expect(code).toBe(2);
          expect(first.error).toMatch(/[\u4e00-\u9fff]/);
          expect(stderr.split('\n')[0].startsWith(`goaltable: ${file}: `)).toBe(true);
        } else {
          // The damage left a readable workbook (zip entries are not CRC-checked): it is simply checked.
          expect([0, 1]).toContain(code);
          expect(Array.isArray(first.sheets)).toBe(true);
        }
        expect(second.error).toBeUndefined();
        expect(second.sheets!.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(60) },
    );
  }, TIMEOUT_MS);

  test('a file over the default size limit is refused at once, without reading it', async () => {
    const file = path.join(tmp.dir, 'huge.xlsx');
    const fd = openSync(file, 'w');
    writeSync(fd, Buffer.from('PK\x03\x04'));
    ftruncateSync(fd, DEFAULT_LIMITS.maxBytes + 1); // sparse: no disk, no time
    closeSync(fd);
    const started = performance.now();
    const { code, report } = await check([file, HUAILAI]);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(code).toBe(2);
    expect(report.files[0].error).toMatch(/MB/);
    expect(report.files[1].sheets!.length).toBeGreaterThan(0);
  });

  test('a workbook whose only sheet is empty: no tables, no error, exit 0', async () => {
    const file = path.join(tmp.dir, 'blank.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    await workbook.xlsx.writeFile(file);
    const { code, report, stderr } = await check([file]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(report.files[0].error).toBeUndefined();
  });
});

/** Every cell value, merge and sheet name of a workbook. */
async function contents(file: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => {
    const cells: Array<[string, unknown]> = [];
    sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => void cells.push([cell.address, cell.value])));
    const merges = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort();
    return { name: sheet.name, cells, merges };
  });
}

describe('--annotate with the real rules', () => {
  test.each(FIXTURES)('%s: the input is byte-identical afterwards and the copy keeps every value and merge', async (name) => {
    const input = path.join(tmp.dir, `in-${name}`);
    copyFileSync(fixture(name), input);
    const before = sha256(input);
    const output = path.join(tmp.dir, `marked-${name}`);
    const out = captureIO();
    const code = await run(['check', input, '--annotate', output], out.io);
    expect([0, 1]).toContain(code);
    expect(out.stderr()).not.toMatch(STACK_LINE);
    expect(sha256(input)).toBe(before);
    expect(await contents(output)).toEqual(await contents(input));
  });
});
