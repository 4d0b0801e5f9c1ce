import type { Merge, PrintSetup } from "../document";
import { lookOf, type PaperCell } from "./looks";

/** One sheet of the printed report: cells, their frame and how it prints. */
export interface PaperSheet {
  rows: PaperCell[][];
  /** Widths in characters, by column. */
  columnWidths: number[];
  /** Heights in points by row; undefined keeps Excel's default. */
  rowHeights: (number | undefined)[];
  freezeRows: number;
  print: PrintSetup;
}

/** Centred “x/y” in Times New Roman 12 pt (a bare &P/&N prints in the program's small default font). */
export const PAGE_FOOTER = '&C&"Times New Roman,Regular"&12&P/&N';

/** Points per line of text at a size, as Excel lays out Times New Roman. */
const lineHeight = (size: number) => Math.ceil(size * 1.3);
/** Characters of Times New Roman at 12 pt in one unit of column width (units are Calibri 11 digits). */
const CHARS_PER_UNIT = 1.1;

/** Lines a text takes when wrapped, word by word, in a width of `chars` characters. */
export function wrappedLines(text: string, chars: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used && used + 1 + len > chars) {
        lines++;
        used = len;
      } else used += (used ? 1 : 0) + len;
      while (used > chars) {
        lines++;
        used -= chars;
      }
    }
  }
  return lines;
}

/**
 * Row heights that fit wrapped text (Excel does not grow a row for merged or upright cells, and LibreOffice
 * keeps a height it is given): for each row, the tallest of its cells.
 */
export function fittedHeights(
  rows: readonly PaperCell[][],
  widths: readonly number[],
): (number | undefined)[] {
  return rows.map((row) => {
    let height: number | undefined;
    row.forEach((c, col) => {
      const span = c.span ?? 1;
      const look = lookOf(c);
      if (look && c.value !== undefined) {
        const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
        const text = String(c.value);
        const size = look.size ?? 12;
        const scale = ((look.size ?? 12) / 12) * (look.bold ? 1.08 : 1);
        const h = look.upright
          ? Math.ceil(
              (text.length * size * 0.5) / Math.max(1, Math.floor((width * 5.25) / lineHeight(size))),
            ) + 12
          : (look.wrap ? wrappedLines(text, Math.max(1, Math.floor((width * CHARS_PER_UNIT) / scale))) : 1) *
              lineHeight(size) +
            4;
        height = Math.max(height ?? 0, h);
      }
    });
    return height;
  });
}

/** A sheet's spans as merged areas, for the writers. */
export const paperMerges = (sheet: PaperSheet): Merge[] =>
  sheet.rows.flatMap((row, r) =>
    row.flatMap((c, col) => ((c.span ?? 1) > 1 ? [{ row: r, col, rows: 1, cols: c.span! }] : [])),
  );

/** A sheet's row heights by row, for the writers (rows left out keep Excel's default). */
export const paperHeights = (sheet: PaperSheet): Record<number, number> =>
  Object.fromEntries(sheet.rowHeights.flatMap((h, r) => (h === undefined ? [] : [[r, h]])));
