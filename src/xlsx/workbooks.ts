import ExcelJS from "exceljs";
import { consolidatedLayout, type LayoutOptions } from "../consolidatedSheet";
import type { Consolidation, Framework } from "../domain";
import { settingsSheetLayout, type DocumentSettings } from "../document";
import type { ReportLayout } from "../reportSheet";
import { writeSettingsSheet } from "./settingsSheet";
import type { TermLayout } from "../termSheets";
import { writeConsolidatedSheets } from "./writePaper";
import { writeReportSheet, writeTermSheet } from "./writeSheets";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
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
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
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
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  writeConsolidatedSheets(wb, fw, c, consolidatedLayout(fw, c, options));
  return bytesOf(wb);
}

/** The term's workbook: one sheet per layout (history first), values only. */
export async function termWorkbook(layouts: readonly TermLayout[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  for (const layout of layouts) writeTermSheet(wb.addWorksheet(layout.name), layout);
  return bytesOf(wb);
}
