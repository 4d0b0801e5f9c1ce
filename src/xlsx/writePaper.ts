import type ExcelJS from "exceljs";
import {
  attainmentChartPng,
  consolidatedSheetName,
  inertText,
  lookOf,
  unitsSheetName,
  type ConsolidatedLayout,
  type PaperLook,
  type PaperSheet,
} from "../consolidatedSheet";
import { DOCUMENT_FONT, MM_PER_INCH, type PrintSetup } from "../document";
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

const cornerOf = (ws: ExcelJS.Worksheet, row: number, col: number) =>
  `${ws.getColumn(col + 1).letter}$${row + 1}`;
const inches = (mm: PrintSetup["margins"]) => ({
  top: mm.top / MM_PER_INCH,
  bottom: mm.bottom / MM_PER_INCH,
  left: mm.left / MM_PER_INCH,
  right: mm.right / MM_PER_INCH,
});

/** Print set-up as exceljs writes it: A4, orientation, fit to width with free height, area, titles, footer. */
export function writePrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...inches(print.margins), header: 0.3, footer: 0.3 },
    // exceljs puts a "$" before each end: "A$1" is written as the absolute "$A$1".
    printArea: `${cornerOf(ws, print.area.firstRow, print.area.firstCol)}:${cornerOf(ws, print.area.lastRow, print.area.lastCol)}`,
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}` }
      : {}),
  };
  // The footer in the document's font and size: a bare code prints in the program's smaller default.
  const footer = `&C&"${DOCUMENT_FONT},Regular"&12${print.footer}`;
  ws.headerFooter = { oddFooter: footer, evenFooter: footer };
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
        if (span > 1) ws.mergeCells(r + 1, col + 1, r + 1, col + span);
      }
    });
  });
  sheet.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  sheet.rowHeights.forEach((h, r) => {
    if (h !== undefined) ws.getRow(r + 1).height = h;
  });
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
  const image = attainmentChartPng(bars, width);
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
