import { cellAddress, columnLetters } from "../domain";
import type { Look } from "../reportSheet";
import type { Capabilities } from "./run";
import { applyLook } from "./styles";

export interface GridCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  look?: Look;
}

/**
 * Queues one write of a whole grid from A1 (number formats first, so "@" cells keep their text as text,
 * then values and formulas in one 2-D array), and one format command per run of same-looking cells in a
 * row rather than one per cell. Ragged rows are padded. No sync here.
 */
export function writeGrid(sheet: Excel.Worksheet, rows: readonly (readonly GridCell[])[]): void {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => Array.from({ length: width }, (_, c): GridCell => r[c] ?? {}));
  const all = sheet.getRange(`A1:${cellAddress(padded.length - 1, width - 1)}`);
  all.numberFormat = padded.map((r) => r.map((c) => c.numberFormat ?? "General"));
  all.formulas = padded.map((r) => r.map((c) => c.formula ?? c.value ?? ""));
  padded.forEach((r, row) => {
    let start = 0;
    for (let col = 1; col <= width; col++) {
      if (col < width && r[col].look === r[start].look) continue;
      const look = r[start].look;
      if (look) applyLook(sheet.getRange(`${cellAddress(row, start)}:${cellAddress(row, col - 1)}`), look);
      start = col;
    }
  });
}

export interface Frame {
  /** Widths in characters, by column from A. */
  columnWidths: readonly number[];
  hiddenColumns?: readonly number[];
  hiddenRows?: readonly number[];
  freezeRows: number;
  orientation: "Portrait" | "Landscape";
}

const POINTS_PER_CHAR = 6;

/** Queues column widths, hidden rows and columns, frozen rows and A4 print set-up (where supported). */
export function writeFrame(sheet: Excel.Worksheet, frame: Frame, caps: Capabilities): void {
  frame.columnWidths.forEach((chars, col) => {
    sheet.getRange(`${columnLetters(col)}1`).format.columnWidth = chars * POINTS_PER_CHAR;
  });
  for (const col of frame.hiddenColumns ?? []) sheet.getRange(`${columnLetters(col)}1`).columnHidden = true;
  for (const row of frame.hiddenRows ?? []) sheet.getRange(`A${row + 1}`).rowHidden = true;
  if (caps.freezePanes) sheet.freezePanes.freezeRows(frame.freezeRows);
  if (caps.pageLayout) {
    sheet.pageLayout.orientation = frame.orientation;
    sheet.pageLayout.paperSize = "A4";
  }
}
