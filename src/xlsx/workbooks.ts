import type ExcelJS from "exceljs";
import Workbook from "exceljs/lib/doc/workbook";
import { consolidatedLayout, type LayoutOptions } from "../consolidatedSheet";
import type { Consolidation, Framework } from "../domain";
import { settingsSheetLayout, type DocumentSettings } from "../document";
import type { ReportLayout } from "../reportSheet";
import { deflateStoredZip } from "./deflateZip";
import { writeSettingsSheet } from "./settingsSheet";
import type { TermLayout } from "../termSheets";
import { writeConsolidatedSheets } from "./writePaper";
import { writeReportSheet, writeTermSheet } from "./writeSheets";

/**
 * exceljs' main module also loads its streaming reader and writer (about 390 more modules, ~0.3 s of
 * CPU on every command that writes): the workbook class it exports is taken from its own file.
 */
function newWorkbook(): ExcelJS.Workbook {
  const wb = new Workbook();
  wb.creator = "Chỉ tiêu";
  return wb;
}

/** The workbook's file: parts stored by exceljs, then deflated natively (see deflateStoredZip). */
async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return deflateStoredZip(Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } })));
}

/**
 * A workbook holding one report sheet, for clerks without the add-in, and with `settings` the hidden
 * sheet of document settings (what it starts with) that a later template or upgrade reads back.
 */
export async function reportWorkbook(
  layout: ReportLayout,
  sheetName = "Báo cáo",
  settings?: DocumentSettings,
): Promise<Buffer> {
  const wb = newWorkbook();
  writeReportSheet(wb.addWorksheet(sheetName), layout);
  if (settings) writeSettingsSheet(wb, settingsSheetLayout(settings));
  return bytesOf(wb);
}

/**
 * The consolidated workbook, values only (no formula, no link): the report on portrait pages, the units'
 * table on landscape pages, the attainment chart as a picture.
 */
export async function consolidatedWorkbook(
  fw: Framework,
  c: Consolidation,
  options: LayoutOptions = {},
): Promise<Buffer> {
  const wb = newWorkbook();
  writeConsolidatedSheets(wb, fw, c, consolidatedLayout(fw, c, options));
  return bytesOf(wb);
}

/** The term's workbook: one sheet per layout (history first), values only. */
export async function termWorkbook(layouts: readonly TermLayout[]): Promise<Buffer> {
  const wb = newWorkbook();
  for (const layout of layouts) writeTermSheet(wb.addWorksheet(layout.name), layout);
  return bytesOf(wb);
}
