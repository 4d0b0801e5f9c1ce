import { unreadableReport, type Framework, type RawCell, type Report } from "../domain";
import { readReportSheet } from "../reportSheet";
import { rawOf } from "../xlsx/cellValue";

// Why the pane reads picked files itself instead of Excel's insertWorksheetsFromBase64: that API has
// open failures on Excel on the web and clears the user's undo history, whereas parsing the bytes here
// never modifies the workbook. exceljs is loaded with import() only when files are picked, so it stays
// out of the pane's first download and out of the custom functions' bundle; its streaming reader needs
// Node streams, so the browser build's in-memory `xlsx.load` is used.

type ExcelJSModule = typeof import("exceljs");

async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return mod.default ?? mod;
}

/**
 * Every report sheet of a picked .xlsx file. Never throws: a file that cannot be read, or holds no
 * report sheet, gives one report carrying the reason, which the merge lists as excluded.
 */
export async function readPickedFile(fw: Framework, name: string, data: ArrayBuffer): Promise<Report[]> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return [
      unreadableReport(
        name,
        "corrupt_xlsx",
        `Không đọc được tệp .xlsx (${why})`,
        `The .xlsx file cannot be read (${why})`,
      ),
    ];
  }
  const reports: Report[] = [];
  wb.eachSheet((ws) => {
    const grid: RawCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: RawCell[] = [];
      row.eachCell(
        { includeEmpty: false },
        (cell, c) => (cells[c - 1] = cell.isMerged && cell.master !== cell ? null : rawOf(cell.value)),
      );
      grid[r - 1] = Array.from(cells, (c) => c ?? null);
    });
    const found = readReportSheet(
      fw,
      Array.from(grid, (r) => r ?? []),
      `${name} › ${ws.name}`,
    );
    if (found) reports.push(found.report);
  });
  return reports.length
    ? reports
    : [
        unreadableReport(
          name,
          "no_report_sheet",
          "Không có trang báo cáo theo mẫu Chỉ tiêu",
          "No sheet made from the Chỉ tiêu template",
        ),
      ];
}
