import { settingsSheetLayout, SETTINGS_SHEET_NAME, type DocumentSettings } from "../document";
import { documentSettingsOf } from "../sources";
import { loadedSheet, queueSheetLoad, type SheetLoad } from "./readReports";
import { writeGrid } from "./writeGrid";
import { columnLetters } from "../domain";

const POINTS_PER_CHAR = 6;

/** Queues the loads of the workbook's document settings sheet, a null object when it has none. No sync here. */
export const queueSettingsLoad = (sheets: Excel.WorksheetCollection): SheetLoad =>
  queueSheetLoad(sheets.getItemOrNullObject(SETTINGS_SHEET_NAME));

/**
 * After the sync of `queueSettingsLoad`: the document settings the workbook keeps, over `defaults`
 * (an empty or unmarked sheet keeps them all); null when the workbook has no settings sheet.
 */
export function loadedSettings(load: SheetLoad, defaults: DocumentSettings): DocumentSettings | null {
  return load.sheet.isNullObject ? null : documentSettingsOf([loadedSheet(load)], defaults);
}

/** Queues filling `sheet` as the hidden settings sheet, with `settings`. No sync here. */
export function writeSettingsSheet(sheet: Excel.Worksheet, settings: DocumentSettings): void {
  const layout = settingsSheetLayout(settings);
  writeGrid(sheet, layout.rows);
  layout.columnWidths.forEach((chars, col) => {
    sheet.getRange(`${columnLetters(col)}1`).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  for (const col of layout.hiddenColumns) sheet.getRange(`${columnLetters(col)}1`).columnHidden = true;
  sheet.visibility = "Hidden";
}
