import { cellAddress, columnLetters } from "../domain";
import { POINTS_PER_MM, type Merge, type PrintSetup } from "../document";

/** Queues merged areas (each one command). No sync here. */
export function writeMerges(sheet: Excel.Worksheet, merges: readonly Merge[]): void {
  for (const m of merges) {
    const address = `${cellAddress(m.row, m.col)}:${cellAddress(m.row + m.rows - 1, m.col + m.cols - 1)}`;
    sheet.getRange(address).merge(false);
  }
}

/** Queues row heights, one command per run of adjacent rows of the same height. No sync here. */
export function writeRowHeights(sheet: Excel.Worksheet, heights: Readonly<Record<number, number>>): void {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1 && heights[rows[j + 1]] === heights[rows[i]])
      j++;
    sheet.getRange(`${rows[i] + 1}:${rows[j] + 1}`).format.rowHeight = heights[rows[i]];
    i = j + 1;
  }
}

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;

/**
 * Queues the print set-up on worksheet.pageLayout (ExcelApi 1.9): paper and orientation, margins in
 * points, fit to the page width with the height free (zoom set as one object, as Excel requires), the
 * print area, the title rows and the footer. No sync here.
 */
export function writePrintSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const page = sheet.pageLayout;
  page.paperSize = print.paper;
  page.orientation = ORIENTATION[print.orientation];
  page.topMargin = print.margins.top * POINTS_PER_MM;
  page.bottomMargin = print.margins.bottom * POINTS_PER_MM;
  page.leftMargin = print.margins.left * POINTS_PER_MM;
  page.rightMargin = print.margins.right * POINTS_PER_MM;
  page.zoom = { horizontalFitToPages: print.fitToWidth };
  const a = print.area;
  page.setPrintArea(
    `${columnLetters(a.firstCol)}${a.firstRow + 1}:${columnLetters(a.lastCol)}${a.lastRow + 1}`,
  );
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  page.headersFooters.defaultForAllPages.centerFooter = print.footer;
}
