import type { FieldValue, Framework } from "../domain";
import { reportLayout, settingsSheetDefaults, unitSettings } from "../reportSheet";
import { SETTINGS_SHEET_NAME } from "../document";
import { loadedSettings, queueSettingsLoad, writeSettingsSheet } from "./documentSettings";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { failed, NewSheets } from "./newSheets";
import { writeLayout } from "./writeLayout";

export const TEMPLATE_SHEET_NAME = "Báo cáo chỉ tiêu";

/**
 * Adds the framework's report template as a new sheet of the active workbook and activates it; every
 * other sheet is left untouched. The head and foot come from the workbook's document settings sheet,
 * which is added (hidden, with the framework's defaults) when the workbook has none. Two syncs: read
 * the sheet names and the settings sheet (there or not), then write.
 * If the write fails at any command, the workbook is left as it was (see `NewSheets`).
 */
export async function insertTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  options: { name?: string; values?: Record<string, FieldValue | null> } = {},
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = new NewSheets(context);
    const settingsLoad = queueSettingsLoad(sheets);
    sheets.load("items/name");
    await context.sync().catch(failed);
    const names = sheets.items.map((s) => s.name);
    const kept = loadedSettings(settingsLoad, unitSettings(fw, options.values));
    const layout = reportLayout(fw, {
      formulas: "addin",
      values: options.values,
      document: kept ?? undefined,
    });
    const name = uniqueSheetName(options.name ?? TEMPLATE_SHEET_NAME, names);
    writeLayout(added.add(name, false, names), layout, caps);
    if (!kept) writeSettingsSheet(added.add(SETTINGS_SHEET_NAME, false, names), settingsSheetDefaults(fw));
    await added.complete(name);
    return name;
  });
}
