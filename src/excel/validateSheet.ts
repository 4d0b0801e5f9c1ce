import type { Framework, Text } from "../domain";
import { parseA1 } from "./a1";
import { readSheet } from "../sources";
import { loadedSheet, queueSheetLoad } from "./readReports";
import type { ExcelRun } from "./run";

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
 * Checks a report sheet with the domain core and writes each input's message into its check cell (which
 * the template's conditional format turns into a mark). Two syncs at most whatever was pasted: read the
 * used range, then write only the check cells whose text changes. Null for a sheet that is not a report.
 */
export async function validateSheet(
  run: ExcelRun,
  fw: Framework,
  sheetKey: string,
): Promise<SheetCheck | null> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetKey);
    const load = queueSheetLoad(sheet);
    await context.sync();
    const loaded = loadedSheet(load);
    const found = readSheet(fw, loaded);
    if (!found) return null;
    const issues: CellIssue[] = found.report.errors.map((e) => ({
      sheet: loaded.name,
      cell: e.cell,
      field: e.field,
      code: e.code,
      message: e.message,
    }));
    let writes = 0;
    for (const [field, address] of Object.entries(found.checks)) {
      const text = issues
        .filter((i) => i.field === field)
        .map((i) => i.message.vi)
        .join("\n");
      const { row, col } = parseA1(address);
      if ((loaded.rows[row - loaded.origin!.row]?.[col - loaded.origin!.col] ?? "") === text) continue;
      sheet.getRange(address).values = [[text]];
      writes++;
    }
    if (writes) await context.sync();
    return { sheet: loaded.name, issues };
  });
}
