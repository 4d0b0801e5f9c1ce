/**
 * Rough text measures for Times New Roman, enough to give wrapped rows their height (Excel and
 * LibreOffice do not grow a row written by a program). Widths are in Excel's column units: the width of
 * “0” in the workbook's default font (Calibri 11: 7 px, 5.25 pt).
 */
export const POINTS_PER_WIDTH_UNIT = 5.25;
/**
 * A column n units wide is n × 7 + 5 pixels (Excel's rule, LibreOffice follows it): n × 5.25 + 3.75
 * points, less about 3 points of inner padding.
 */
const CELL_EXTRA = 3.75 - 3;

/** Em fractions of Times New Roman glyphs, by kind; bold is about 5 % wider. */
function em(ch: string): number {
  if (ch === " ") return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,:;'!|il()\-/]/.test(ch)) return 0.3;
  if (ch !== ch.toLocaleLowerCase("vi-VN")) return ch === "I" ? 0.35 : 0.68;
  return /[mw]/.test(ch) ? 0.75 : 0.44;
}

/** The width of a text in points at a size. */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (const ch of text.normalize("NFC")) sum += em(ch);
  return sum * size * (bold ? 1.05 : 1);
}

/** Lines a text takes in a cell `widthUnits` wide, wrapping at spaces. */
export function lineCount(text: string, size: number, widthUnits: number, bold = false): number {
  const room = Math.max(1, widthUnits * POINTS_PER_WIDTH_UNIT + CELL_EXTRA);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, size, bold);
      const withSpace = line === 0 ? w : line + textWidth(" ", size, bold) + w;
      if (withSpace <= room) line = withSpace;
      else {
        lines += line === 0 ? Math.ceil(w / room) - 1 : Math.ceil(w / room);
        line = w % room || room;
      }
    }
  }
  return lines;
}

/** A row's height in points for `lines` lines of text at `size`. */
export const rowHeight = (lines: number, size: number) => Math.ceil(lines * size * 1.2 + 3);
