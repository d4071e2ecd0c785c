/**
 * Reads an .xlsx file into core Grids, one per worksheet. Checks the file before handing it to exceljs so
 * that a missing file, a directory, an .xls or encrypted workbook, a corrupt file or a huge one gives a
 * clear UnreadableFileError instead of a stack trace.
 */
import { open, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { UnreadableFileError } from './errors';
import { CellLimitError, normaliseWorksheet } from './normalise';

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Most non-empty cells accepted over all sheets of a workbook. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({ maxBytes: 50 * 1024 * 1024, maxCells: 1_000_000 });

export interface LoadedWorkbook {
  file: string;
  /** Kept for writing an annotated copy. */
  workbook: ExcelJS.Workbook;
  grids: Grid[];
}

/** OLE2 compound file: .xls, or an .xlsx encrypted with a password. */
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Zip local file header `PK\x03\x04`; `PK\x05\x06` is an empty zip. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export async function readWorkbook(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<LoadedWorkbook> {
  await checkFile(file, limits);
  const workbook = await loadWorkbook(file);
  return { file, workbook, grids: workbookToGrids(file, workbook, limits) };
}

/** Normalises every worksheet; separate from loading so that it can run on an in-memory workbook. */
export function workbookToGrids(file: string, workbook: ExcelJS.Workbook, limits: ReadLimits = DEFAULT_LIMITS): Grid[] {
  if (workbook.worksheets.length === 0) {
    throw new UnreadableFileError(file, 'no-sheets', '工作簿中没有工作表', 'the workbook has no worksheets');
  }
  const date1904 = Boolean(workbook.properties?.date1904);
  const grids: Grid[] = [];
  let cellsLeft = limits.maxCells;
  try {
    for (const sheet of workbook.worksheets) {
      const { grid, cells } = normaliseWorksheet(sheet, { date1904, maxCells: cellsLeft });
      cellsLeft -= cells;
      grids.push(grid);
    }
  } catch (error) {
    if (error instanceof CellLimitError) throw tooManyCells(file, limits.maxCells);
    throw error;
  }
  return grids;
}

async function checkFile(file: string, limits: ReadLimits): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new UnreadableFileError(file, 'missing', '文件不存在', 'file not found');
  if (info.isDirectory()) {
    throw new UnreadableFileError(file, 'directory', '这是一个文件夹，不是 .xlsx 文件', 'this is a directory, not an .xlsx file');
  }
  if (info.size === 0) throw new UnreadableFileError(file, 'empty-file', '文件为空（0 字节）', 'the file is empty (0 bytes)');
  if (info.size > limits.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new UnreadableFileError(
      file,
      'too-large',
      `文件过大（${mb(info.size)} MB，上限 ${mb(limits.maxBytes)} MB）：请拆分工作簿后再校验`,
      `the file is too large (${mb(info.size)} MB, limit ${mb(limits.maxBytes)} MB): split the workbook`,
    );
  }
  const head = await readHead(file, OLE2_MAGIC.length);
  if (head.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) {
    throw new UnreadableFileError(
      file,
      'ole2',
      '这是 .xls 或加密的工作簿，无法直接读取：请在 Excel 中取消密码并另存为 .xlsx 后再试',
      'this is an .xls or an encrypted workbook: remove the password and save it as .xlsx in Excel',
    );
  }
  if (!head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw notXlsx(file);
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch {
    // exceljs and its zip reader throw assorted low-level errors; the user needs one clear line.
    throw notXlsx(file);
  }
  return workbook;
}

function notXlsx(file: string): UnreadableFileError {
  return new UnreadableFileError(
    file,
    'not-xlsx',
    '文件已损坏或不是 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx',
    'the file is corrupt or not an .xlsx workbook: open it in Excel and save it as .xlsx',
  );
}

function tooManyCells(file: string, limit: number): UnreadableFileError {
  return new UnreadableFileError(
    file,
    'too-large',
    `工作簿过大（超过 ${limit.toLocaleString('en-US')} 个非空单元格）：请拆分工作簿后再校验`,
    `the workbook is too large (more than ${limit.toLocaleString('en-US')} non-empty cells): split the workbook`,
  );
}
