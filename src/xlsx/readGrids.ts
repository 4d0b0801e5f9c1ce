import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { RawCell } from "../domain";
import { findMarker } from "../reportSheet";
import { rawOf } from "./cellValue";

/** One worksheet as values, row by row from A1 (grid[0][0] is A1). */
export interface SheetGrid {
  name: string;
  rows: RawCell[][];
  /** Merged ranges, as "B12:D12". */
  merges: string[];
  /** The sheet's last row number, even where rows past the cap were not kept. */
  lastRow: number;
  /** Rows past `maxRows` were not kept. */
  truncated: boolean;
  /** The sheet has no report marker near its top, so only its first rows were kept. */
  skipped: boolean;
}

export interface ReadOptions {
  /** Rows kept per report sheet; the rest is read past, never held. */
  maxRows?: number;
  /** Keep every sheet in full (up to maxRows), not only report sheets: for a registry workbook. */
  allSheets?: boolean;
}

export const MAX_ROWS = 5000;
/** How far down a sheet the report marker may be (the reader of report sheets looks no further). */
const MARKER_ROWS = 20;

/**
 * Taps a worksheet's XML on its way to exceljs' parser to note merged cells, which the stream reader
 * does not report.
 */
async function* noteMerges(chunks: AsyncIterable<Buffer | string>, merges: string[]) {
  let tail = "";
  const found = /<mergeCell [^>]*ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;
  for await (const chunk of chunks) {
    const text = tail + (typeof chunk === "string" ? chunk : chunk.toString("latin1"));
    let end = 0;
    for (let m = found.exec(text); m; m = found.exec(text)) {
      merges.push(m[1]);
      end = found.lastIndex;
    }
    tail = text.slice(Math.max(end, text.length - 200));
    yield chunk;
  }
}

/** Whether the bytes are a zip archive (every .xlsx is one). */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5);
}

/** Whether the bytes are an old binary Excel file (.xls, OLE2). */
export function looksLikeXls(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

/**
 * Reads a workbook's sheets as grids of values, streaming: a sheet without a report marker near its top
 * is kept only to that point, and no sheet keeps more than `maxRows` rows. Throws on bytes exceljs
 * cannot read (the caller turns that into a message).
 */
export async function readGrids(data: Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const maxRows = options.maxRows ?? MAX_ROWS;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data)]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets: SheetGrid[] = [];
  for await (const ws of reader) {
    const sheet = ws as unknown as { name: string; iterator: AsyncIterable<Buffer | string> };
    const grid: SheetGrid = {
      name: sheet.name,
      rows: [],
      merges: [],
      lastRow: 0,
      truncated: false,
      skipped: false,
    };
    sheet.iterator = noteMerges(sheet.iterator, grid.merges);
    let keep = true;
    for await (const row of ws) {
      grid.lastRow = row.number;
      if (!keep) continue;
      if (row.number > maxRows) {
        grid.truncated = true;
        keep = false;
        continue;
      }
      if (!options.allSheets && row.number > MARKER_ROWS && !findMarker(grid.rows)) {
        grid.skipped = true;
        keep = false;
        continue;
      }
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        cells[col - 1] = rawOf(cell.value);
      });
      grid.rows[row.number - 1] = Array.from(cells, (c) => c ?? null);
    }
    grid.rows = Array.from(grid.rows, (r) => r ?? []);
    sheets.push(grid);
  }
  return sheets;
}
