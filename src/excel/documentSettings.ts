import { settingsSheetLayout, SETTINGS_SHEET_NAME, type DocumentSettings } from "../document";
import { documentSettingsOf } from "../sources";
import { loadedSheet, queueSheetLoad } from "./readReports";
import { writeGrid } from "./writeGrid";
import { columnLetters } from "../domain";

const POINTS_PER_CHAR = 6;

const hasSettingsSheet = (names: readonly string[]) =>
  names.some((n) => n.toLowerCase() === SETTINGS_SHEET_NAME.toLowerCase());

/**
 * The document settings the workbook keeps, over `defaults`; one sync, only when the workbook has the
 * settings sheet. `names` are the workbook's sheet names, already loaded.
 */
export async function workbookSettings(
  context: Excel.RequestContext,
  names: readonly string[],
  defaults: DocumentSettings,
): Promise<DocumentSettings | null> {
  if (!hasSettingsSheet(names)) return null;
  const load = queueSheetLoad(context.workbook.worksheets.getItem(SETTINGS_SHEET_NAME));
  await context.sync();
  return documentSettingsOf([loadedSheet(load)], defaults);
}

/** Queues the hidden settings sheet, filled with `settings`; returns its name. No sync here. */
export function addSettingsSheet(sheets: Excel.WorksheetCollection, settings: DocumentSettings): string {
  const layout = settingsSheetLayout(settings);
  const sheet = sheets.add(layout.name);
  writeGrid(sheet, layout.rows);
  layout.columnWidths.forEach((chars, col) => {
    sheet.getRange(`${columnLetters(col)}1`).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  for (const col of layout.hiddenColumns) sheet.getRange(`${columnLetters(col)}1`).columnHidden = true;
  sheet.visibility = "Hidden";
  return layout.name;
}
