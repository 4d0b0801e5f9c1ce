import { WorkbookState } from "../fake-excel/workbook-state";
import type { PreviewWorkbook } from "./previewWorkbook";
import { openWorkbook, type OpenNotes } from "./xlsx/openWorkbook";
import { saveWorkbook } from "./xlsx/saveWorkbook";

type ExcelJSModule = typeof import("exceljs");

/** exceljs' browser build, loaded when a file is first opened or saved (its own chunk). */
async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import(/* webpackChunkName: "preview-xlsx" */ "exceljs")) as ExcelJSModule & {
    default?: ExcelJSModule;
  };
  return mod.default ?? mod;
}

/**
 * Opens an .xlsx file into the simulated workbook, replacing what it held (as opening a file in Excel
 * shows that file). The file is read in full first: one that cannot be read throws and changes nothing.
 * Undo starts afresh; formulas are calculated again.
 */
export async function openFile(workbook: PreviewWorkbook, data: ArrayBuffer): Promise<OpenNotes> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  openWorkbook(wb, new WorkbookState());
  const notes = openWorkbook(wb, workbook.fake.state);
  workbook.history.clear();
  await workbook.fake.recalculate();
  workbook.changed();
  return notes;
}

/** The simulated workbook as .xlsx bytes: what the user typed and what the add-in wrote. */
export async function saveFile(workbook: PreviewWorkbook): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await workbook.fake.recalculate();
  saveWorkbook(workbook.fake.state, wb);
  return wb.xlsx.writeBuffer();
}
