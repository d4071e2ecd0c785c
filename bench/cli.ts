/**
 * CLI against its floor: `goaltable check` in-process on the fixture workbooks and a generated large one,
 * against merely reading the same file with exceljs (what the CLI's reader is built on).
 * ratio = CLI time ÷ bare read time (medians of interleaved runs); the headline is the ratio over all files together.
 */
import ExcelJS from 'exceljs';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../src/cli/program';
import { FIXTURES, fixtureWorkbook } from '../test/office/fixtures';
import { generateSheet } from './sheets';
import { median, ms, round, timeAsync } from './timing';
import { writeGridsXlsx } from './xlsx';

/** Tables in the generated workbook (exceljs's reader is quadratic in merged areas: keep it tractable). */
export const LARGE_TABLES = 300;

const silent = { stdout: () => undefined, stderr: () => undefined };

async function bareRead(file: string): Promise<void> {
  await new ExcelJS.Workbook().xlsx.readFile(file);
}

async function check(file: string): Promise<number> {
  return run(['check', file, '--format', 'json'], silent);
}

export async function benchCli(log: (line: string) => void): Promise<{ cli_overhead_ratio: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goaltable-bench-'));
  try {
    const large = path.join(dir, `generated-${LARGE_TABLES}-tables.xlsx`);
    await writeGridsXlsx([generateSheet(LARGE_TABLES)], large);
    const files = [...FIXTURES.map(fixtureWorkbook), large];
    let cliTotal = 0;
    let readTotal = 0;
    for (const file of files) {
      const runs = file === large ? 5 : 15;
      const code = await check(file);
      // Interleaved (read, check, read, check …) so that the machine's noise falls on both alike.
      const reads: number[] = [];
      const checks: number[] = [];
      for (let i = 0; i < runs; i++) {
        reads.push((await timeAsync(() => bareRead(file), 1, 0)).median);
        checks.push((await timeAsync(() => check(file), 1, 0)).median);
      }
      const read = median(reads);
      const cli = median(checks);
      cliTotal += cli;
      readTotal += read;
      const kb = (fs.statSync(file).size / 1024).toFixed(0);
      log(
        `cli     ${path.basename(file).padEnd(28)} ${kb.padStart(5)} KB: check ${ms(cli)} (exit ${code}), ` +
          `exceljs read ${ms(read)}, ratio ${(cli / read).toFixed(2)}`,
      );
    }
    const ratio = cliTotal / readTotal;
    log(`cli     all files: check ${ms(cliTotal)} vs read ${ms(readTotal)}: ratio ${ratio.toFixed(2)} (goal ≤ 1.3)`);
    return { cli_overhead_ratio: round(ratio) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
