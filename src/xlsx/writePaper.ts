import { deflateSync } from "node:zlib";
import type ExcelJS from "exceljs";
import {
  attainmentChartPng,
  consolidatedSheetName,
  inertText,
  paperHeights,
  paperMerges,
  lookOf,
  unitsSheetName,
  type ConsolidatedLayout,
  type PaperLook,
  type PaperSheet,
} from "../consolidatedSheet";
import { writeMergesAndHeights, writePrintSetup } from "./printSetup";
import type { Consolidation, Framework } from "../domain";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;
const THIN = { style: "thin" } as const;

function styleCell(cell: ExcelJS.Cell, look: PaperLook): void {
  cell.font = {
    name: look.font,
    size: look.size,
    bold: look.bold,
    italic: look.italic,
    underline: look.underline,
    color: look.color ? { argb: argb(look.color) } : undefined,
  };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  cell.alignment = {
    horizontal: look.align,
    vertical: look.valign ?? "middle",
    wrapText: look.wrap,
    textRotation: look.upright ? 90 : undefined,
  };
  if (look.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/**
 * A sheet of the printed report: values (strings made inert), formats, looks, merged spans, column widths,
 * row heights that fit wrapped text, frozen rows and print set-up.
 */
export function writePaperSheet(ws: ExcelJS.Worksheet, sheet: PaperSheet): void {
  sheet.rows.forEach((cells, r) => {
    cells.forEach((c, col) => {
      const span = c.span ?? 1;
      if (c.value !== undefined || c.style) {
        const cell = ws.getCell(r + 1, col + 1);
        if (c.numberFormat) cell.numFmt = c.numberFormat;
        if (typeof c.value === "string") cell.value = inertText(c.value);
        else if (c.value !== undefined) cell.value = c.value;
        const look = lookOf(c);
        if (look) {
          for (let k = 0; k < span; k++) styleCell(ws.getCell(r + 1, col + 1 + k), look);
        }
      }
    });
  });
  writeMergesAndHeights(ws, paperMerges(sheet), paperHeights(sheet));
  sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (sheet.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows }];
  writePrintSetup(ws, sheet.print);
}

/** The chart exceljs cannot draw as an Excel chart: a picture over the rows the layout leaves for it. */
function addChartImage(
  wb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  c: Consolidation,
  layout: ConsolidatedLayout,
) {
  const place = layout.chart;
  if (!place) return;
  const bars = c.province.targets
    .filter((r) => r.unit === "percent" && r.actual !== null)
    .map((r) => ({ code: r.code, actual: r.actual!, threshold: r.threshold }));
  const width = Math.round((place.width / 0.75) * 2);
  const image = attainmentChartPng(bars, width, deflateSync);
  const id = wb.addImage({ buffer: Buffer.from(image.png) as unknown as ExcelJS.Buffer, extension: "png" });
  ws.addImage(id, {
    tl: { col: 0, row: place.top },
    ext: { width: width / 2, height: image.height / 2 },
    editAs: "oneCell",
  });
}

/** The consolidated report's two sheets (summary, then units) and its chart picture. */
export function writeConsolidatedSheets(
  wb: ExcelJS.Workbook,
  fw: Framework,
  c: Consolidation,
  layout: ConsolidatedLayout,
): void {
  const summary = wb.addWorksheet(consolidatedSheetName(fw, c.period));
  writePaperSheet(summary, layout.summary);
  addChartImage(wb, summary, c, layout);
  writePaperSheet(wb.addWorksheet(unitsSheetName(fw, c.period)), layout.units);
}
