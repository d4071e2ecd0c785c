/**
 * `--annotate <out.xlsx>`: writes a marked copy of a checked workbook. Error cells get a light red fill,
 * warning cells light amber, each with a note listing its messages; info findings are not marked.
 * The input file is never written: the copy goes to a temporary file next to the output, then is renamed.
 */
import { randomBytes } from 'node:crypto';
import { rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { Finding, Severity } from '../core/findings';
import type { Locale } from '../core/settings';
import type { SheetResult } from '../core/validate';
import { UsageError } from './errors';
import { formatMessage } from '../core/i18n';
import { fixText, severityName } from './messages';
import { sortedFindings } from './output';

export const FILLS: Readonly<Record<'error' | 'warning', string>> = Object.freeze({
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
});

/** Refuses an output path that is (or links to) one of the inputs, or that is not an .xlsx file. */
export async function checkAnnotateTarget(output: string, inputs: readonly string[]): Promise<void> {
  if (inputs.length !== 1) {
    throw new UsageError('--annotate 只能用于单个输入文件 (--annotate takes exactly one input file)');
  }
  if (path.extname(output).toLowerCase() !== '.xlsx') {
    throw new UsageError(`--annotate 的输出文件应以 .xlsx 结尾：${output} (the marked copy must be an .xlsx file)`);
  }
  if (await samePath(output, inputs[0])) {
    throw new UsageError(
      `--annotate 的输出文件不能是输入文件本身：${output}（输入文件从不修改） (the marked copy must not overwrite the input)`,
    );
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

interface CellMarks {
  severity: 'error' | 'warning';
  findings: Finding[];
}

/** Error and warning findings grouped by cell; the worst severity wins the fill. */
export function marksByCell(findings: readonly Finding[]): Map<string, CellMarks> {
  const marks = new Map<string, CellMarks>();
  for (const finding of sortedFindings(findings)) {
    if (!isMarked(finding.severity)) continue;
    const mark = marks.get(finding.cell);
    if (!mark) marks.set(finding.cell, { severity: finding.severity, findings: [finding] });
    else {
      mark.findings.push(finding);
      if (finding.severity === 'error') mark.severity = 'error';
    }
  }
  return marks;
}

function isMarked(severity: Severity): severity is 'error' | 'warning' {
  return severity === 'error' || severity === 'warning';
}

/** Marks the workbook in memory; returns the number of cells marked. */
export function markWorkbook(workbook: ExcelJS.Workbook, sheets: readonly SheetResult[], locale: Locale): number {
  let marked = 0;
  for (const sheet of sheets) {
    const worksheet = workbook.getWorksheet(sheet.sheetName);
    if (!worksheet) continue;
    for (const [, mark] of marksByCell(sheet.findings)) {
      const { row, col } = mark.findings[0].at;
      markCell(worksheet.getCell(row + 1, col + 1), mark, locale);
      marked++;
    }
  }
  return marked;
}

function markCell(cell: ExcelJS.Cell, mark: CellMarks, locale: Locale): void {
  const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[mark.severity] } };
  // exceljs shares one style object between cells of the same style: replace it, never mutate it.
  cell.style = { ...cell.style, fill };
  cell.note = withExistingNote(cell.note, `goaltable:\n${mark.findings.map((f) => noteLines(f, locale)).join('\n')}`);
}

/** `[错误] message` and, when the catalogue has one, how to fix it. */
function noteLines(finding: Finding, locale: Locale): string {
  const line = `[${severityName(finding.severity, locale)}] ${formatMessage(finding, locale)}`;
  const fix = fixText(finding.rule, locale);
  return fix ? `${line}\n  → ${fix}` : line;
}

/** Keeps a note the author already wrote, adding ours below it. */
function withExistingNote(existing: ExcelJS.Cell['note'], ours: string): string | ExcelJS.Comment {
  if (!existing) return ours;
  if (typeof existing === 'string') return `${existing}\n\n${ours}`;
  return { ...existing, texts: [...(existing.texts ?? []), { text: `\n\n${ours}` }] };
}

/** Writes the marked workbook to `output` through a temporary file in the same folder. */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, output: string): Promise<void> {
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, output);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(`无法写入标记副本 ${output} (cannot write the marked copy): ${(error as Error).message}`);
  }
}

export async function annotate(
  workbook: ExcelJS.Workbook,
  sheets: readonly SheetResult[],
  output: string,
  locale: Locale,
): Promise<number> {
  const marked = markWorkbook(workbook, sheets, locale);
  await writeWorkbookAtomically(workbook, output);
  return marked;
}
