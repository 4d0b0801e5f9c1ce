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

type CellStyle = Partial<ExcelJS.Style>;

/** A look as exceljs' style, with a number format or none. */
function styleOf(look: PaperLook, numFmt: string | undefined): CellStyle {
  const style: CellStyle = {};
  if (numFmt) style.numFmt = numFmt;
  style.font = {
    name: look.font,
    size: look.size,
    bold: look.bold,
    italic: look.italic,
    underline: look.underline,
    color: look.color ? { argb: argb(look.color) } : undefined,
  };
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  style.alignment = {
    horizontal: look.align,
    vertical: look.valign ?? "middle",
    wrapText: look.wrap,
    textRotation: look.upright ? 90 : undefined,
  };
  if (look.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  return style;
}

/**
 * One style object per look and number format, shared by every cell that has them: exceljs turns a style
 * into XML once per object it has not seen (thousands of cells, a few dozen styles).
 */
function sharedStyles(): (look: PaperLook, numFmt?: string) => CellStyle {
  const byLook = new Map<PaperLook, Map<string | undefined, CellStyle>>();
  return (look, numFmt) => {
    let byFormat = byLook.get(look);
    if (!byFormat) byLook.set(look, (byFormat = new Map()));
    let style = byFormat.get(numFmt);
    if (!style) byFormat.set(numFmt, (style = styleOf(look, numFmt)));
    return style;
  };
}

/** Gives a cell a style over what it has: a cell not yet styled takes the shared object itself. */
function restyle(cell: ExcelJS.Cell, style: CellStyle): void {
  cell.style = Object.keys(cell.style).length ? { ...cell.style, ...style } : style;
}

/**
 * A sheet of the printed report: values (strings made inert), formats, looks, merged spans, column widths,
 * row heights that fit wrapped text, frozen rows and print set-up.
 */
export function writePaperSheet(ws: ExcelJS.Worksheet, sheet: PaperSheet): void {
  const styleFor = sharedStyles();
  sheet.rows.forEach((cells, r) => {
    cells.forEach((c, col) => {
      if (c.value === undefined && !c.style) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (typeof c.value === "string") cell.value = inertText(c.value);
      else if (c.value !== undefined) cell.value = c.value;
      const look = lookOf(c);
      if (!look) {
        if (c.numberFormat) restyle(cell, { numFmt: c.numberFormat });
        return;
      }
      restyle(cell, styleFor(look, c.numberFormat));
      // The cells a span covers take its look (borders, fill), not its number format.
      for (let k = 1; k < (c.span ?? 1); k++) restyle(ws.getCell(r + 1, col + 1 + k), styleFor(look));
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
