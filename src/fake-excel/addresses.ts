import { FakeOfficeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, zero-based. */
export interface Bounds {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface ParsedAddress {
  sheetName?: string;
  bounds: Bounds;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** Splits `'Tên sheet'!A1` / `Sheet1!A1` into sheet name and the rest. */
export function splitSheet(address: string): { sheetName?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheetName: sheet, local: address.slice(bang + 1) };
}

function invalid(address: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", "Worksheet.getRange", `Invalid address: ${address}`);
}

/** Parses A1-style addresses: `B3`, `$B$3`, `B3:C9`, `B:D`, `3:5`, optionally sheet-qualified. */
export function parseAddress(address: string): ParsedAddress {
  const { sheetName, local } = splitSheet(address.trim());
  const [first, second = first, extra] = local.split(":");
  if (extra !== undefined) throw invalid(address);
  const a = CELL.exec(first);
  const b = CELL.exec(second);
  let bounds: Bounds;
  if (a && b) {
    const r1 = Number(a[2]) - 1;
    const r2 = Number(b[2]) - 1;
    const c1 = columnIndex(a[1]);
    const c2 = columnIndex(b[1]);
    bounds = span(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
  } else if (COLUMN.test(first) && COLUMN.test(second) && local.includes(":")) {
    const c1 = columnIndex(COLUMN.exec(first)![1]);
    const c2 = columnIndex(COLUMN.exec(second)![1]);
    bounds = span(0, MAX_ROWS - 1, Math.min(c1, c2), Math.max(c1, c2));
  } else if (ROW.test(first) && ROW.test(second) && local.includes(":")) {
    const r1 = Number(ROW.exec(first)![1]) - 1;
    const r2 = Number(ROW.exec(second)![1]) - 1;
    bounds = span(Math.min(r1, r2), Math.max(r1, r2), 0, MAX_COLUMNS - 1);
  } else {
    throw invalid(address);
  }
  if (bounds.row < 0 || bounds.row + bounds.rowCount > MAX_ROWS) throw invalid(address);
  if (bounds.column < 0 || bounds.column + bounds.columnCount > MAX_COLUMNS) throw invalid(address);
  return { sheetName, bounds };
}

function span(r1: number, r2: number, c1: number, c2: number): Bounds {
  return { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Local part as Excel reports it: `A1`, `A1:B2`, `3:5` for whole rows, `B:D` for whole columns. */
export function formatBounds(b: Bounds): string {
  if (b.column === 0 && b.columnCount === MAX_COLUMNS) return `${b.row + 1}:${b.row + b.rowCount}`;
  if (b.row === 0 && b.rowCount === MAX_ROWS) {
    return `${columnLetters(b.column)}:${columnLetters(b.column + b.columnCount - 1)}`;
  }
  const start = cellAddress(b.row, b.column);
  if (b.rowCount === 1 && b.columnCount === 1) return start;
  return `${start}:${cellAddress(b.row + b.rowCount - 1, b.column + b.columnCount - 1)}`;
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain word that cannot be read as a cell
 * reference in either notation (`A1`, `R1C1`, `R`, `C`).
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !CELL.test(name) && !/^(R\d*C?\d*|C\d*)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheetName: string, bounds: Bounds): string {
  return `${quoteSheetName(sheetName)}!${formatBounds(bounds)}`;
}

export function contains(outer: Bounds, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}
