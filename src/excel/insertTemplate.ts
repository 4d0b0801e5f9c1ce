import type { FieldValue, Framework } from "../domain";
import { reportLayout, settingsSheetDefaults, unitSettings } from "../reportSheet";
import { addSettingsSheet, workbookSettings } from "./documentSettings";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeLayout } from "./writeLayout";

export const TEMPLATE_SHEET_NAME = "Báo cáo chỉ tiêu";

/**
 * Adds the framework's report template as a new sheet of the active workbook and activates it; every
 * other sheet is left untouched. The head and foot come from the workbook's document settings sheet,
 * which is added (hidden, with the framework's defaults) when the workbook has none. Two syncs: read
 * the sheet names, then write; one more to read the settings sheet when there is one. If the write
 * fails, the half-made sheets are removed so the workbook is as it was.
 */
export async function insertTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: { name?: string; values?: Record<string, FieldValue | null> } = {},
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const kept = await workbookSettings(context, names, unitSettings(fw, options.values));
    const layout = reportLayout(fw, {
      formulas: "addin",
      values: options.values,
      document: kept ?? undefined,
    });
    const name = uniqueSheetName(options.name ?? TEMPLATE_SHEET_NAME, names);
    const sheet = sheets.add(name);
    writeLayout(sheet, layout, caps);
    const settings = kept ? null : addSettingsSheet(sheets, settingsSheetDefaults(fw));
    sheet.activate();
    await syncOrRemove(context, [name, settings]);
    return name;
  });
}
