import type ExcelJS from "exceljs";
import { DOCUMENT_FONT, MM_PER_INCH, type Merge, type PrintSetup } from "../document";

/** exceljs numbers paper sizes as Excel does: 9 is A4. */
const A4 = 9;
/** Header and footer distance from the page edge, inches (Excel's default). */
const HEADER_FOOTER_INCHES = 0.3;

/** Merged areas and row heights (points) of a layout. */
export function writeMergesAndHeights(
  ws: ExcelJS.Worksheet,
  merges: readonly Merge[],
  heights: Readonly<Record<number, number>>,
): void {
  for (const m of merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const [row, height] of Object.entries(heights)) ws.getRow(Number(row) + 1).height = height;
}

/**
 * The print set-up in the sheet's pageSetup: A4, orientation, margins in inches, fit to the page width
 * (fitToHeight 0: as many pages tall as needed), print area, title rows, and the footer in Times New
 * Roman 12 (Excel's codes: &"font,style" &size).
 */
export function writePrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const inches = (mm: number) => mm / MM_PER_INCH;
  const a = print.area;
  // exceljs puts a "$" before each end ("B$2" becomes "$B$2"); LibreOffice ignores a half-relative area.
  const area = `${ws.getColumn(a.firstCol + 1).letter}$${a.firstRow + 1}:${ws.getColumn(a.lastCol + 1).letter}$${a.lastRow + 1}`;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: 0,
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: HEADER_FOOTER_INCHES,
      footer: HEADER_FOOTER_INCHES,
    },
    printArea: area,
    printTitlesRow: print.titleRows ? `${print.titleRows.first + 1}:${print.titleRows.last + 1}` : undefined,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C&"${DOCUMENT_FONT},Regular"&12${print.footer}` };
}
