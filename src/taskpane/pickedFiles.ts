import type { Framework, Report } from "../domain";
import { readReportFile } from "../xlsx/readReports";

// Why the pane reads picked files itself instead of Excel's insertWorksheetsFromBase64: that API has
// open failures on Excel on the web and clears the user's undo history, whereas parsing the bytes here
// never modifies the workbook. The reader is the command line's own (no exceljs, no Node import).

/**
 * Every report sheet of a picked .xlsx file. Never throws: a file that cannot be read, or holds no
 * report sheet, gives one report carrying the reason, which the merge lists as excluded.
 */
export function readPickedFile(fw: Framework, name: string, data: ArrayBuffer): Report[] {
  return readReportFile(fw, data, name);
}
