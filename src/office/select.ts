/** Selects a finding's cell (activating its sheet): one sync. */
import type { ExcelRun } from './host';

export async function selectCell(run: ExcelRun, sheetName: string, cell: string): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(cell).select();
    await context.sync();
  });
}
