import type { ExcelRun } from "./run";
import { failed } from "./newSheets";

/** Activates the sheet and selects the cell, for the pane's error list. One sync. */
export async function selectCell(run: ExcelRun, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync().catch(failed);
  });
}
