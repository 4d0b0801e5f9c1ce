import type { Framework, RawCell } from "../domain";
import { readReportSheet, type ReportSheet } from "../reportSheet";
import { loadAllSheets } from "./loadSheets";
import type { ExcelRun } from "./run";

/** A sheet read for its report: the used range's values and where it starts. */
export interface LoadedSheet {
  name: string;
  grid: RawCell[][];
  origin: { row: number; col: number };
}

interface SheetLoad {
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

export function loadedSheet({ sheet, used }: SheetLoad): LoadedSheet {
  return used.isNullObject
    ? { name: sheet.name, grid: [], origin: { row: 0, col: 0 } }
    : {
        name: sheet.name,
        grid: used.values as RawCell[][],
        origin: { row: used.rowIndex, col: used.columnIndex },
      };
}

export function reportOf(fw: Framework, loaded: LoadedSheet): ReportSheet | null {
  return readReportSheet(fw, loaded.grid, loaded.name, loaded.origin);
}

/** One sheet's report, or null when the sheet is not a report. One sync. */
export async function readReport(
  run: ExcelRun,
  fw: Framework,
  sheetKey: string,
): Promise<ReportSheet | null> {
  return run(async (context) => {
    const load = queueSheetLoad(context.workbook.worksheets.getItem(sheetKey));
    await context.sync();
    return reportOf(fw, loadedSheet(load));
  });
}

/**
 * Every report sheet of the workbook, whatever their names and order, read in batches that fit Excel's
 * payload limit (see `loadAllSheets`).
 */
export async function readReports(run: ExcelRun, fw: Framework): Promise<ReportSheet[]> {
  return run(async (context) => {
    const sheets = await loadAllSheets(context);
    return sheets.map((sheet) => reportOf(fw, sheet)).filter((r): r is ReportSheet => r !== null);
  });
}
