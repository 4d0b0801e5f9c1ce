import ExcelJS from "exceljs";
import { consolidatedLayout, consolidatedSheetName } from "../consolidatedSheet";
import type { Consolidation, Framework, QualityFlag } from "../domain";
import type { ReportLayout } from "../reportSheet";
import type { TermLayout } from "../termSheets";
import { writeConsolidatedSheet, writeReportSheet, writeTermSheet } from "./writeSheets";

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook holding one report sheet, for clerks without the add-in. */
export async function reportWorkbook(layout: ReportLayout, sheetName = "Báo cáo"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  writeReportSheet(wb.addWorksheet(sheetName), layout);
  return bytesOf(wb);
}

/** The consolidated workbook: one sheet, values only (no formula, no link); given flags, their section. */
export async function consolidatedWorkbook(
  fw: Framework,
  c: Consolidation,
  flags?: readonly QualityFlag[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  writeConsolidatedSheet(
    wb.addWorksheet(consolidatedSheetName(fw, c.period)),
    consolidatedLayout(fw, c, flags),
  );
  return bytesOf(wb);
}

/** The term's workbook: one sheet per layout (history first), values only. */
export async function termWorkbook(layouts: readonly TermLayout[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Chỉ tiêu";
  for (const layout of layouts) writeTermSheet(wb.addWorksheet(layout.name), layout);
  return bytesOf(wb);
}
