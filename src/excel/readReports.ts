import type { Framework, RawCell } from "../domain";
import { readSheet, readWorkbooks, type FoundReport, type SheetGrid } from "../sources";
import { loadAllSheets } from "./loadSheets";
import type { ExcelRun } from "./run";
import { failed } from "./newSheets";

export interface SheetLoad {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** Queues the loads for one sheet; read them with `loadedSheet` after the sync. */
export function queueSheetLoad(sheet: Excel.Worksheet): SheetLoad {
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  used.load("values,rowIndex,columnIndex");
  return { sheet, used };
}

/** A loaded sheet as the plain grid the one reader takes: the used range's values and where it starts. */
export function loadedSheet({ sheet, used }: SheetLoad): SheetGrid {
  return used.isNullObject
    ? { name: sheet.name, rows: [], origin: { row: 0, col: 0 } }
    : {
        name: sheet.name,
        rows: used.values as RawCell[][],
        origin: { row: used.rowIndex, col: used.columnIndex },
      };
}

/** One sheet's report, or null when the sheet is not a report. One sync. */
export async function readReport(
  run: ExcelRun,
  fw: Framework,
  sheetKey: string,
): Promise<FoundReport | null> {
  return run(async (context) => {
    const load = queueSheetLoad(context.workbook.worksheets.getItem(sheetKey));
    await context.sync().catch(failed);
    return readSheet(fw, loadedSheet(load));
  });
}

/**
 * Every report sheet of the workbook, whatever their names and order, read in batches that fit Excel's
 * payload limit (see `loadAllSheets`).
 */
export async function readReports(run: ExcelRun, fw: Framework): Promise<FoundReport[]> {
  return run(
    async (context) => readWorkbooks(fw, [{ file: null, sheets: await loadAllSheets(context) }]).reports,
  );
}
