import { MAX_COLUMNS, MAX_ROWS, type Bounds } from "./addresses";
import { emptyCell, isBlankCell, type Cell } from "./cells";
import { FakeOfficeError, notModelled } from "./errors";

export const DEFAULT_COLUMN_WIDTH = 48;

export interface SheetState {
  id: string;
  name: string;
  visibility: Excel.SheetVisibility | `${Excel.SheetVisibility}`;
  /** Keyed by `${row},${column}`; absent means a blank, unformatted cell. */
  cells: Map<string, Cell>;
  columnWidths: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
  frozenRows: number;
  frozenColumns: number;
  orientation: `${Excel.PageOrientation}`;
  paperSize: `${Excel.PaperType}`;
  /** Row heights in points set by the add-in, by row; absent rows have the standard height. */
  rowHeights: Map<number, number>;
  /** Merged areas. */
  merges: Bounds[];
  print: PrintState;
}

/** Page set-up beyond orientation and paper: print area and titles, zoom, margins (points), footer. */
export interface PrintState {
  area: Bounds | null;
  titleRows: Bounds | null;
  zoom: Excel.PageLayoutZoomOptions;
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerFooter: string;
}

/** Excel's "Normal" margins (0.75 in top and bottom, 0.7 in left and right, 0.3 in header and footer), 100 %. */
export function defaultPrint(): PrintState {
  return {
    area: null,
    titleRows: null,
    zoom: { scale: 100 },
    margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
    centerFooter: "",
  };
}

/** Standard row height of Excel's Normal style (Calibri 11), in points. */
export const DEFAULT_ROW_HEIGHT = 15;

/** A custom-formula conditional format: the formula is relative to the top-left cell of `bounds`. */
export interface ConditionalFormatState {
  bounds: Bounds;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

/** A chart: `source` is "row,column,rowCount,columnCount" of its data (0-based). */
export interface ChartState {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: string;
}

export interface DefinedName {
  name: string;
  sheetId: string;
  bounds: Bounds;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export function readCell(sheet: SheetState, row: number, column: number): Cell {
  return sheet.cells.get(cellKey(row, column)) ?? emptyCell();
}

/** Applies `change` to a copy of the cell and stores it (or drops it when it became blank). */
export function updateCell(
  sheet: SheetState,
  row: number,
  column: number,
  change: (cell: Cell) => void,
): void {
  const cell = { ...readCell(sheet, row, column) };
  change(cell);
  if (isBlankCell(cell)) sheet.cells.delete(cellKey(row, column));
  else sheet.cells.set(cellKey(row, column), cell);
}

export function forEachCell(bounds: Bounds, visit: (row: number, column: number) => void): void {
  for (let r = bounds.row; r < bounds.row + bounds.rowCount; r++) {
    for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++) visit(r, c);
  }
}

/** Stored cells inside `bounds` — cheap for whole-column ranges. */
export function storedCellsIn(
  sheet: SheetState,
  bounds: Bounds,
): Array<{ row: number; column: number; cell: Cell }> {
  const found: Array<{ row: number; column: number; cell: Cell }> = [];
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    if (
      row >= bounds.row &&
      row < bounds.row + bounds.rowCount &&
      column >= bounds.column &&
      column < bounds.column + bounds.columnCount
    ) {
      found.push({ row, column, cell });
    }
  }
  return found;
}

/**
 * Excel's rules for a sheet name ("Rename a worksheet", support.microsoft.com): 1–31 characters, none
 * of \ / ? * [ ] :, no apostrophe at the start or end, and not "History" (reserved by Excel).
 */
export function checkSheetName(name: string, location: string): void {
  const refused =
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (refused)
    throw new FakeOfficeError("InvalidArgument", location, `Excel does not accept the sheet name '${name}'.`);
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly names = new Map<string, DefinedName>();
  activeSheetId = "";
  selection: { sheetId: string; bounds: Bounds } | undefined;
  private nextSheetNumber = 1;

  addSheet(name?: string, index = this.sheets.length): SheetState {
    const sheetName = name ?? this.defaultSheetName();
    checkSheetName(sheetName, "WorksheetCollection.add");
    if (this.findSheet(sheetName)) throw new FakeOfficeError("ItemAlreadyExists", "WorksheetCollection.add");
    const sheet: SheetState = {
      id: `{00000000-0001-0000-0000-${String(this.nextSheetNumber++).padStart(12, "0")}}`,
      name: sheetName,
      visibility: "Visible",
      cells: new Map(),
      columnWidths: new Map(),
      hiddenRows: new Set(),
      hiddenColumns: new Set(),
      conditionalFormats: [],
      charts: [],
      frozenRows: 0,
      frozenColumns: 0,
      orientation: "Portrait",
      paperSize: "A4",
      rowHeights: new Map(),
      merges: [],
      print: defaultPrint(),
    };
    this.sheets.splice(index, 0, sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  /** Sheet names are case-insensitive in Excel. */
  findSheet(name: string): SheetState | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetState {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  /** Smallest rectangle holding every stored (non-blank) cell, or undefined for an empty sheet. */
  usedBounds(sheet: SheetState, valuesOnly = false): Bounds | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      const [row, column] = key.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export type ShiftDirection = "Down" | "Right" | "Up" | "Left";

/**
 * Inserts (Down/Right) or deletes (Up/Left) the cells of `bounds`, moving the neighbours as Excel does.
 * Only cell contents move; formulas that refer to moved cells are not rewritten.
 */
export function shiftCells(sheet: SheetState, bounds: Bounds, direction: ShiftDirection): void {
  const vertical = direction === "Down" || direction === "Up";
  const inserting = direction === "Down" || direction === "Right";
  const size = vertical ? bounds.rowCount : bounds.columnCount;
  const moved = new Map<string, Cell>();
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    const inBand = vertical
      ? column >= bounds.column && column < bounds.column + bounds.columnCount
      : row >= bounds.row && row < bounds.row + bounds.rowCount;
    const along = vertical ? row : column;
    const start = vertical ? bounds.row : bounds.column;
    let target = along;
    if (inBand && along >= start) {
      if (inserting) target = along + size;
      else if (along < start + size) continue;
      else target = along - size;
    }
    if (target >= (vertical ? MAX_ROWS : MAX_COLUMNS)) continue;
    moved.set(vertical ? cellKey(target, column) : cellKey(row, target), cell);
  }
  sheet.cells = moved;
  shiftLines(sheet, bounds, direction);
}

/**
 * Row heights and merged areas follow whole rows (or columns) inserted or deleted, as in Excel; a
 * partial shift through a merged area is refused (Excel: "can't change part of a merged cell").
 */
function shiftLines(sheet: SheetState, bounds: Bounds, direction: ShiftDirection): void {
  const vertical = direction === "Down" || direction === "Up";
  const whole = vertical ? bounds.columnCount === MAX_COLUMNS : bounds.rowCount === MAX_ROWS;
  const start = vertical ? bounds.row : bounds.column;
  const size = vertical ? bounds.rowCount : bounds.columnCount;
  const inserting = direction === "Down" || direction === "Right";
  const move = (at: number): number | null =>
    at < start ? at : inserting ? at + size : at < start + size ? null : at - size;
  if (!whole) {
    if (
      sheet.merges.some((m) =>
        intersects(m, {
          ...bounds,
          ...(vertical ? { rowCount: MAX_ROWS - bounds.row } : { columnCount: MAX_COLUMNS - bounds.column }),
        }),
      )
    )
      throw notModelled("Range", "insert/delete through a merged area");
    return;
  }
  if (vertical) {
    const heights = new Map<number, number>();
    for (const [row, h] of sheet.rowHeights) {
      const to = move(row);
      if (to !== null && to < MAX_ROWS) heights.set(to, h);
    }
    sheet.rowHeights = heights;
  }
  sheet.merges = sheet.merges.flatMap((m) => {
    const from = vertical ? m.row : m.column;
    const count = vertical ? m.rowCount : m.columnCount;
    if (start > from && start < from + count)
      return inserting
        ? [vertical ? { ...m, rowCount: count + size } : { ...m, columnCount: count + size }]
        : [];
    const to = move(from);
    if (to === null) return [];
    return [vertical ? { ...m, row: to } : { ...m, column: to }];
  });
}

export const intersects = (a: Bounds, b: Bounds) =>
  a.row < b.row + b.rowCount &&
  b.row < a.row + a.rowCount &&
  a.column < b.column + b.columnCount &&
  b.column < a.column + a.columnCount;
