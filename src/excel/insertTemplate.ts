import type { FieldValue, Framework } from "../domain";
import { reportLayout } from "../reportSheet";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { failed, NewSheets } from "./newSheets";
import { writeLayout } from "./writeLayout";

export const TEMPLATE_SHEET_NAME = "Báo cáo chỉ tiêu";

/**
 * Adds the framework's report template as a new sheet of the active workbook and activates it; every
 * other sheet is left untouched. Two syncs: read the sheet names, then write. If the write fails at any
 * command, the workbook is left as it was (see `NewSheets`).
 */
export async function insertTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: { name?: string; values?: Record<string, FieldValue | null> } = {},
): Promise<string> {
  const layout = reportLayout(fw, { formulas: "addin", values: options.values });
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = new NewSheets(context);
    sheets.load("items/name");
    await context.sync().catch(failed);
    const name = uniqueSheetName(
      options.name ?? TEMPLATE_SHEET_NAME,
      sheets.items.map((s) => s.name),
    );
    const sheet = added.add(
      name,
      false,
      sheets.items.map((s) => s.name),
    );
    writeLayout(sheet, layout, caps);
    await added.complete(name);
    return name;
  });
}
