/**
 * How a sheet goes on paper, in words both writers (exceljs pageSetup, Office.js worksheet.pageLayout)
 * can apply. Positions are 0-based sheet rows and columns; margins are millimetres.
 */
export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  /** Scaled to fit this many pages across; the height is free (as many pages as the rows need). */
  fitToWidth: 1;
  area: { firstRow: number; lastRow: number; firstCol: number; lastCol: number };
  /** Rows printed again at the top of every page. */
  titleRows?: { first: number; last: number };
  margins: { top: number; bottom: number; left: number; right: number };
  /** Centre footer in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
}

/** Decree 30/2020/NĐ-CP, appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const DOCUMENT_MARGINS: PrintSetup["margins"] = { top: 20, bottom: 20, left: 30, right: 15 };

/** Page “x/y” in the footer, in Vietnamese. */
export const PAGE_FOOTER = "Trang &P/&N";

export const MM_PER_INCH = 25.4;
export const POINTS_PER_MM = 72 / MM_PER_INCH;
