import { cellAddress, columnLetters } from "../domain";
import type { Look } from "../reportSheet";
import type { Capabilities } from "./run";
import { jsonBytes, PROPERTY_BYTES, RANGE_BYTES } from "./payload";
import { applyLook, lookCommands } from "./styles";

export interface GridCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  look?: Look;
}

/** The width every row is padded to: the widest row's. */
export const gridWidth = (rows: readonly (readonly GridCell[])[]): number =>
  Math.max(1, ...rows.map((r) => r.length));

/**
 * Queues one write of rows from row `firstRow` (0-based), column A (number formats first, so "@" cells
 * keep their text as text, then values and formulas in one 2-D array), and one format command per run of
 * same-looking cells in a row rather than one per cell. Rows are padded to `width`. No sync here.
 */
export function writeGrid(
  sheet: Excel.Worksheet,
  rows: readonly (readonly GridCell[])[],
  firstRow = 0,
  width = gridWidth(rows),
): void {
  const padded = rows.map((r) => Array.from({ length: width }, (_, c): GridCell => r[c] ?? {}));
  const all = sheet.getRange(
    `${cellAddress(firstRow, 0)}:${cellAddress(firstRow + padded.length - 1, width - 1)}`,
  );
  all.numberFormat = padded.map((r) => r.map((c) => c.numberFormat ?? "General"));
  all.formulas = padded.map((r) => r.map((c) => c.formula ?? c.value ?? ""));
  padded.forEach((r, i) =>
    lookRuns(r).forEach(({ start, end, look }) =>
      applyLook(
        sheet.getRange(`${cellAddress(firstRow + i, start)}:${cellAddress(firstRow + i, end - 1)}`),
        look,
      ),
    ),
  );
}

/** Runs [start, end) of same-looking cells in a row whose look sets something. */
function lookRuns(row: readonly GridCell[]): Array<{ start: number; end: number; look: Look }> {
  const runs: Array<{ start: number; end: number; look: Look }> = [];
  let start = 0;
  for (let col = 1; col <= row.length; col++) {
    if (col < row.length && row[col].look === row[start].look) continue;
    const look = row[start].look;
    if (look && lookCommands(look) > 0) runs.push({ start, end: col, look });
    start = col;
  }
  return runs;
}

/**
 * What a row adds to the request that writes it: its number formats and values as Office.js sends them
 * (UTF-8 JSON), and an allowance for each range it formats and each property set on it.
 */
export function gridRowBytes(row: readonly GridCell[], width: number): number {
  const cells = Array.from({ length: width }, (_, c): GridCell => row[c] ?? {});
  const formats = lookRuns(cells).reduce(
    (n, run) => n + RANGE_BYTES + lookCommands(run.look) * PROPERTY_BYTES,
    0,
  );
  return (
    jsonBytes(cells.map((c) => c.numberFormat ?? "General")) +
    jsonBytes(cells.map((c) => c.formula ?? c.value ?? "")) +
    formats
  );
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
