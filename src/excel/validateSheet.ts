import type { Framework, Text } from "../domain";
import { parseA1 } from "./a1";
import { readSheet, type SheetGrid } from "../sources";
import { loadAllSheets } from "./loadSheets";
import { loadedSheet, queueSheetLoad } from "./readReports";
import type { ExcelRun } from "./run";
import { failed } from "./newSheets";

/** One problem on a report sheet, for the pane's error list. */
export interface CellIssue {
  sheet: string;
  /** A1 address on the sheet, when the problem is about a cell. */
  cell?: string;
  field?: string;
  code: string;
  message: Text;
}

export interface SheetCheck {
  sheet: string;
  issues: CellIssue[];
}

/**
 * Checks a loaded report sheet with the one reader and queues, into its check cells, only the messages
 * whose text changes (the template's conditional format turns them into marks). Null for a sheet that
 * is not a report. Returns how many writes it queued; the caller syncs once for every sheet.
 */
function queueCheck(
  fw: Framework,
  sheet: () => Excel.Worksheet,
  loaded: SheetGrid,
): { check: SheetCheck; writes: number } | null {
  const found = readSheet(fw, loaded);
  if (!found) return null;
  const issues: CellIssue[] = found.report.errors.map((e) => ({
    sheet: loaded.name,
    cell: e.cell,
    field: e.field,
    code: e.code,
    message: e.message,
  }));
  const origin = loaded.origin ?? { row: 0, col: 0 };
  let writes = 0;
  for (const [field, address] of Object.entries(found.checks)) {
    const text = issues
      .filter((i) => i.field === field)
      .map((i) => i.message.vi)
      .join("\n");
    const { row, col } = parseA1(address);
    if ((loaded.rows[row - origin.row]?.[col - origin.col] ?? "") === text) continue;
    sheet().getRange(address).values = [[text]];
    writes++;
  }
  return { check: { sheet: loaded.name, issues }, writes };
}

/**
 * Checks one report sheet and writes each input's message into its check cell. Two syncs at most
 * whatever was pasted: read the used range, then write only the check cells whose text changes. Null
 * for a sheet that is not a report.
 */
export async function validateSheet(
  run: ExcelRun,
  fw: Framework,
  sheetKey: string,
): Promise<SheetCheck | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetKey);
    const load = queueSheetLoad(sheet);
    await context.sync().catch(failed);
    const done = queueCheck(fw, () => sheet, loadedSheet(load));
    if (done?.writes) await context.sync();
    return done?.check ?? null;
  });
}

/**
 * Checks every report sheet of the workbook (“Kiểm tra toàn bộ trang báo cáo”) in a number of syncs that
 * follows the bytes read, not the number of sheets: the reads of `loadAllSheets`, then one sync for every
 * check cell that changes.
 */
export async function validateSheets(
  run: ExcelRun,
  fw: Framework,
  mergedAreas = false,
): Promise<SheetCheck[]> {
  return run(async (context) => {
    const loaded = await loadAllSheets(context, undefined, mergedAreas);
    const sheets = context.workbook.worksheets;
    // A sheet is asked for only when a check cell changes: Office.js sends every proxy it was asked for.
    const done = loaded.flatMap((grid) => queueCheck(fw, () => sheets.getItem(grid.name), grid) ?? []);
    if (done.some((d) => d.writes)) await context.sync();
    return done.map((d) => d.check);
  });
}
