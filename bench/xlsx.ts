/** Writes grids to .xlsx files with exceljs, as a department's workbook would hold them (for the CLI benchmark). */
import ExcelJS from 'exceljs';
import type { Cell as GridCell, Grid } from '../src/core/grid';

function excelValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.error) return { error: cell.error as ExcelJS.CellErrorValue['error'] };
  return cell.value;
}

function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.sheetName);
  for (let r = 0; r < grid.rowCount; r++) {
    for (let c = 0; c < grid.colCount; c++) {
      const cell = grid.get(r, c);
      if (cell.value === null && !cell.error) continue;
      const target = sheet.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    }
  }
  for (const m of grid.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  return sheet;
}

export async function writeGridsXlsx(grids: readonly Grid[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) addGridSheet(workbook, grid);
  await workbook.xlsx.writeFile(file);
}
