import type { RawCell, Text } from "../domain";

// The contract between the adapters (Office.js, exceljs in Node, exceljs or a streaming reader in the
// browser) and the one module that decides what the grids mean. Adapters only fill these in: plain
// values, no library objects, no verdicts beyond “the file could not be opened”.

/** A position on a sheet, from 0: row 0, column 0 is A1. */
export interface CellPosition {
  row: number;
  col: number;
}

/** One worksheet as an adapter read it. */
export interface SheetGrid {
  /** The sheet's name, as on its tab. */
  name: string;
  /** Values row by row; rows[0][0] is the cell at `origin`. Blank cells are null or absent. */
  rows: RawCell[][];
  /** Where rows[0][0] sits on the sheet (a used range need not start at A1); A1 when absent. */
  origin?: CellPosition;
  /** Merged ranges on the sheet's own addresses (“B12:D12”); absent when the adapter cannot tell. */
  merges?: string[];
  /** Set when the adapter kept only the first `keptRows` rows of a sheet whose last row is `lastRow`. */
  truncated?: { keptRows: number; lastRow: number };
}

/** Why an adapter could not open a file at all (empty, not a zip, .xls, password, damaged, too big…). */
export interface FileFailure {
  code: string;
  text: Text;
}

/** A workbook as an adapter hands it over: a file (by the name the user knows), or the open workbook. */
export interface WorkbookGrids {
  /** “DV01.xlsx”, or null for the workbook open in Excel. */
  file: string | null;
  sheets: SheetGrid[];
  /** Set, with no sheets, when the file could not be opened. */
  failure?: FileFailure;
}
