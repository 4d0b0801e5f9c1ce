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
 * A grid's text stays text: Excel reads an entered "2.10" as the number 2.1 and "1/5" as a date, so text
 * goes in behind a leading apostrophe, which Excel keeps out of the cell's value.
 */
function asText(value: GridCell["value"]): string | number | boolean {
  return typeof value === "string" && value !== "" ? `'${value}` : (value ?? "");
}

/**
 * Queues one write of rows from row `firstRow` (0-based), column A (number formats first, so "@" cells
 * keep their text as text, then values and formulas in one 2-D array), and one format command per
 * rectangle of same-looking cells (a run of a row, continued down the rows below it that have the same
 * run) rather than one per cell. Rows are padded to `width`. No sync here.
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
  all.formulas = padded.map((r) => r.map((c) => c.formula ?? asText(c.value)));
  for (const { top, bottom, start, end, look } of lookRectangles(padded)) {
    const address = `${cellAddress(firstRow + top, start)}:${cellAddress(firstRow + bottom, end - 1)}`;
    applyLook(sheet.getRange(address), look);
  }
}

interface Run {
  start: number;
  end: number;
  look: Look;
}

/** Runs [start, end) of same-looking cells in a row whose look sets something. */
function lookRuns(row: readonly GridCell[]): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let col = 1; col <= row.length; col++) {
    if (col < row.length && row[col].look === row[start].look) continue;
    const look = row[start].look;
    if (look && lookCommands(look) > 0) runs.push({ start, end: col, look });
    start = col;
  }
  return runs;
}

const sameRun = (a: Run, b: Run) => a.start === b.start && a.end === b.end && a.look === b.look;

/** Each row's runs, a run extended down while the next row has the same run: rows [top, bottom]. */
function lookRectangles(
  rows: readonly (readonly GridCell[])[],
): Array<Run & { top: number; bottom: number }> {
  const rectangles: Array<Run & { top: number; bottom: number }> = [];
  let above: Array<Run & { top: number; bottom: number }> = [];
  rows.forEach((row, r) => {
    above = lookRuns(row).map((run) => {
      const continued = above.find((rect) => sameRun(rect, run));
      if (continued) {
        continued.bottom = r;
        return continued;
      }
      const rect = { ...run, top: r, bottom: r };
      rectangles.push(rect);
      return rect;
    });
  });
  return rectangles;
}

/**
 * What a row adds to the request that writes it: its number formats and values as Office.js sends them
 * (UTF-8 JSON), and an allowance for each range it formats and each property set on it. A run the row
 * above has too costs nothing (it extends that row's range); pass no row above for a row at the top of
 * a request.
 */
export function gridRowBytes(row: readonly GridCell[], width: number, above?: readonly GridCell[]): number {
  const pad = (r: readonly GridCell[]) => Array.from({ length: width }, (_, c): GridCell => r[c] ?? {});
  const cells = pad(row);
  const continued = above ? lookRuns(pad(above)) : [];
  const formats = lookRuns(cells)
    .filter((run) => !continued.some((c) => sameRun(c, run)))
    .reduce((n, run) => n + RANGE_BYTES + lookCommands(run.look) * PROPERTY_BYTES, 0);
  return (
    jsonBytes(cells.map((c) => c.numberFormat ?? "General")) +
    jsonBytes(cells.map((c) => c.formula ?? asText(c.value))) +
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
  if (caps.freezePanes && frame.freezeRows) sheet.freezePanes.freezeRows(frame.freezeRows);
  if (caps.pageLayout) {
    sheet.pageLayout.orientation = frame.orientation;
    sheet.pageLayout.paperSize = "A4";
  }
}
