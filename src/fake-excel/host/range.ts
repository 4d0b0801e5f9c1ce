import { formatAddress, MAX_COLUMNS, MAX_ROWS, type Bounds } from "../addresses";
import { DEFAULT_FORMAT, displayText, valueType, type Cell } from "../cells";
import { interpretInput } from "../entry";
import { FakeOfficeError } from "../errors";
import { FormulaSyntaxError, parseFormula, shiftReferences } from "../formulas";
import {
  forEachCell,
  intersects,
  readCell,
  shiftCells,
  storedCellsIn,
  updateCell,
  type SheetState,
  type ShiftDirection,
} from "../workbook-state";
import { HostObject, type Batch, type MethodResult } from "./base";
import { ConditionalFormatCollection } from "./conditionalFormats";
import { DataValidation } from "./dataValidation";
import { RangeFormat } from "./format";
import type { Worksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SheetState;
  bounds: Bounds;
}

type Grid = unknown[][];

/** Range.values / formulas / numberFormat accept one value for the whole range or a matching 2-D array. */
function cellInputs(
  input: unknown,
  bounds: Bounds,
  location: string,
): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const matches =
    rows.length === bounds.rowCount &&
    rows.every((row) => Array.isArray(row) && (row as unknown[]).length === bounds.columnCount);
  if (!matches) {
    throw new FakeOfficeError(
      "InvalidArgument",
      location,
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return (row, column) => (rows[row - bounds.row] as unknown[])[column - bounds.column];
}

function grid(target: RangeTarget, read: (cell: Cell) => unknown): Grid {
  const rows: Grid = [];
  for (let r = 0; r < target.bounds.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < target.bounds.columnCount; c++) {
      row.push(read(readCell(target.sheet, target.bounds.row + r, target.bounds.column + c)));
    }
    rows.push(row);
  }
  return rows;
}

const SHIFTS: Record<string, { direction: ShiftDirection; line: string; cells: string }> = {
  Down: { direction: "Down", line: "RowInserted", cells: "CellInserted" },
  Right: { direction: "Right", line: "ColumnInserted", cells: "CellInserted" },
  Up: { direction: "Up", line: "RowDeleted", cells: "CellDeleted" },
  Left: { direction: "Left", line: "ColumnDeleted", cells: "CellDeleted" },
};

export class Range extends HostObject {
  readonly type = "Range";
  override readonly defaults = [
    "Address",
    "AddressLocal",
    "Values",
    "Formulas",
    "NumberFormat",
    "Text",
    "ValueTypes",
    "RowCount",
    "ColumnCount",
    "CellCount",
    "RowIndex",
    "ColumnIndex",
  ];

  constructor(
    readonly target: RangeTarget,
    private readonly worksheet: () => Worksheet,
  ) {
    super();
  }

  get sheet(): SheetState {
    return this.target.sheet;
  }

  get bounds(): Bounds {
    return this.target.bounds;
  }

  override get(name: string): unknown {
    const { bounds, sheet } = this.target;
    switch (name) {
      case "Address":
      case "AddressLocal":
        return formatAddress(sheet.name, bounds);
      case "Values":
        return grid(this.target, (cell) => cell.value);
      case "Formulas":
      case "FormulasLocal":
        return grid(this.target, (cell) => cell.formula ?? cell.value);
      case "NumberFormat":
      case "NumberFormatLocal":
        return grid(this.target, (cell) => cell.numberFormat);
      case "Text":
        return grid(this.target, displayText);
      case "ValueTypes":
        return grid(this.target, (cell) => valueType(cell.value));
      case "RowCount":
        return bounds.rowCount;
      case "ColumnCount":
        return bounds.columnCount;
      case "CellCount":
        return bounds.rowCount * bounds.columnCount;
      case "RowIndex":
        return bounds.row;
      case "ColumnIndex":
        return bounds.column;
      case "RowHidden":
        return this.allHidden(sheet.hiddenRows, bounds.row, bounds.rowCount);
      case "ColumnHidden":
        return this.allHidden(sheet.hiddenColumns, bounds.column, bounds.columnCount);
      case "IsEntireRow":
        return bounds.column === 0 && bounds.columnCount === MAX_COLUMNS;
      case "IsEntireColumn":
        return bounds.row === 0 && bounds.rowCount === MAX_ROWS;
    }
    return this.refuse(name);
  }

  private allHidden(hidden: Set<number>, start: number, count: number): boolean | null {
    const seen = new Set<boolean>();
    for (let i = start; i < start + Math.min(count, 10000); i++) seen.add(hidden.has(i));
    return seen.size === 1 ? [...seen][0] : null;
  }

  override set(name: string, value: unknown, batch: Batch): void {
    switch (name) {
      case "Values":
      case "Formulas":
      case "FormulasLocal":
        return this.enter(batch, value, `Range.${name[0].toLowerCase()}${name.slice(1)}`);
      case "NumberFormat":
      case "NumberFormatLocal": {
        const { sheet, bounds } = this.target;
        const formatAt = cellInputs(value, bounds, "Range.numberFormat");
        forEachCell(bounds, (r, c) => {
          const format = formatAt(r, c);
          if (format !== null) updateCell(sheet, r, c, (cell) => (cell.numberFormat = String(format)));
        });
        batch.calculator.markDirty();
        return;
      }
      case "RowHidden":
        return this.hide(this.sheet.hiddenRows, this.bounds.row, this.bounds.rowCount, Boolean(value));
      case "ColumnHidden":
        return this.hide(
          this.sheet.hiddenColumns,
          this.bounds.column,
          this.bounds.columnCount,
          Boolean(value),
        );
    }
    this.refuse(name);
  }

  private hide(hidden: Set<number>, start: number, count: number, hide: boolean): void {
    for (let i = start; i < start + count; i++) {
      if (hide) hidden.add(i);
      else hidden.delete(i);
    }
  }

  /** Enters values as Excel does (see interpretInput); every cell is checked before any is written. */
  private enter(batch: Batch, input: unknown, location: string): void {
    const { sheet, bounds } = this.target;
    const valueAt = cellInputs(input, bounds, location);
    const writes: Array<{ row: number; column: number; entry: ReturnType<typeof interpretInput> }> = [];
    forEachCell(bounds, (row, column) => {
      const raw = valueAt(row, column);
      if (raw === null) return;
      const entry = interpretInput(raw, readCell(sheet, row, column).numberFormat, batch.locale);
      if (entry.formula !== undefined) {
        try {
          parseFormula(entry.formula);
        } catch (error) {
          if (error instanceof FormulaSyntaxError) throw new FakeOfficeError("InvalidArgument", location);
          throw error;
        }
      }
      writes.push({ row, column, entry });
    });
    const single = bounds.rowCount === 1 && bounds.columnCount === 1;
    const valueBefore = single ? readCell(sheet, bounds.row, bounds.column).value : undefined;
    for (const { row, column, entry } of writes) {
      updateCell(sheet, row, column, (cell) => {
        cell.formula = entry.formula;
        cell.value = entry.value ?? "";
        if (entry.numberFormat) cell.numberFormat = entry.numberFormat;
      });
    }
    batch.calculator.markDirty();
    batch.recordChange({
      sheetId: sheet.id,
      bounds,
      changeType: "RangeEdited",
      triggerSource: "ThisLocalAddin",
      valueBefore,
    });
  }

  override navigate(name: string): HostObject | null {
    switch (name) {
      case "Format":
        return new RangeFormat(this);
      case "DataValidation":
        return new DataValidation(this);
      case "ConditionalFormats":
        return new ConditionalFormatCollection(this);
      case "Worksheet":
        return this.worksheet();
    }
    return this.refuse(name);
  }

  /** A range on the same sheet; Excel refuses one that leaves the grid. */
  derive(bounds: Bounds): Range {
    const fits =
      bounds.row >= 0 &&
      bounds.column >= 0 &&
      bounds.rowCount > 0 &&
      bounds.columnCount > 0 &&
      bounds.row + bounds.rowCount <= MAX_ROWS &&
      bounds.column + bounds.columnCount <= MAX_COLUMNS;
    if (!fits) throw new FakeOfficeError("InvalidArgument", "Range");
    return new Range({ sheet: this.sheet, bounds }, this.worksheet);
  }

  override call(name: string, args: unknown[], batch: Batch): MethodResult {
    const b = this.bounds;
    const [first, second] = args as [number, number];
    switch (name) {
      case "GetCell":
        return this.derive({ row: b.row + first, column: b.column + second, rowCount: 1, columnCount: 1 });
      case "GetRow":
        return this.derive({ ...b, row: b.row + first, rowCount: 1 });
      case "GetColumn":
        return this.derive({ ...b, column: b.column + first, columnCount: 1 });
      case "GetOffsetRange":
        return this.derive({ ...b, row: b.row + first, column: b.column + second });
      case "GetResizedRange":
        return this.derive({ ...b, rowCount: b.rowCount + first, columnCount: b.columnCount + second });
      case "GetEntireRow":
        return this.derive({ ...b, column: 0, columnCount: MAX_COLUMNS });
      case "GetEntireColumn":
        return this.derive({ ...b, row: 0, rowCount: MAX_ROWS });
      case "GetBoundingRect": {
        const other = batch.objectArgument(Number(first));
        if (!(other instanceof Range) || other.sheet !== this.sheet)
          throw new FakeOfficeError("InvalidArgument", "Range.getBoundingRect");
        const o = other.bounds;
        const row = Math.min(b.row, o.row);
        const column = Math.min(b.column, o.column);
        const rowCount = Math.max(b.row + b.rowCount, o.row + o.rowCount) - row;
        const columnCount = Math.max(b.column + b.columnCount, o.column + o.columnCount) - column;
        return this.derive({ row, column, rowCount, columnCount });
      }
      case "_ValidateArraySize":
        // The client checks a large write's shape before it splits the write into chunks.
        if (first !== b.rowCount || second !== b.columnCount) {
          throw new FakeOfficeError(
            "InvalidArgument",
            "Range.values",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        }
        return;
      case "Insert":
        this.shift(batch, String(first));
        return new Range(this.target, this.worksheet);
      case "Delete":
        this.shift(batch, String(first));
        return;
      case "Clear":
        return this.clear(batch, (first as unknown as string | undefined) ?? "All");
      case "Select":
        batch.state.selection = { sheetId: this.sheet.id, bounds: b };
        batch.state.activeSheetId = this.sheet.id;
        return;
      case "Merge":
        return this.merge(Boolean(first));
    }
    return this.refuse(name);
  }

  private shift(batch: Batch, direction: string): void {
    const shift = SHIFTS[direction];
    if (!shift) throw new FakeOfficeError("InvalidArgument", `Range.${direction}`);
    const { sheet, bounds } = this.target;
    shiftCells(sheet, bounds, shift.direction);
    const change = { sheet: sheet.name, ...bounds, direction: shift.direction };
    for (const each of batch.state.sheets) {
      for (const cell of each.cells.values()) {
        if (cell.formula !== undefined) cell.formula = shiftReferences(cell.formula, each.name, change);
      }
    }
    const vertical = shift.direction === "Down" || shift.direction === "Up";
    const whole = vertical ? bounds.columnCount === MAX_COLUMNS : bounds.rowCount === MAX_ROWS;
    batch.calculator.markDirty();
    batch.recordChange({
      sheetId: sheet.id,
      bounds,
      changeType: (whole ? shift.line : shift.cells) as `${Excel.DataChangeType}`,
      triggerSource: "ThisLocalAddin",
    });
  }

  /**
   * Range.merge(across): one merged area, or one per row when `across`. Merged areas it overlaps are
   * replaced; only the upper-left value of each area is kept, as Excel does.
   */
  private merge(across: boolean): void {
    const { sheet, bounds } = this.target;
    const areas = across
      ? Array.from({ length: bounds.rowCount }, (_, i) => ({ ...bounds, row: bounds.row + i, rowCount: 1 }))
      : [bounds];
    sheet.merges = sheet.merges.filter((m) => !intersects(m, bounds));
    for (const area of areas) {
      if (area.rowCount * area.columnCount < 2) continue;
      sheet.merges.push(area);
      for (const { row, column } of storedCellsIn(sheet, area)) {
        if (row === area.row && column === area.column) continue;
        updateCell(sheet, row, column, (cell) => {
          cell.value = "";
          cell.formula = undefined;
        });
      }
    }
  }

  private clear(batch: Batch, applyTo: string): void {
    const { sheet, bounds } = this.target;
    for (const { row, column } of storedCellsIn(sheet, bounds)) {
      updateCell(sheet, row, column, (cell) => {
        if (applyTo !== "Formats") {
          cell.value = "";
          cell.formula = undefined;
        }
        if (applyTo !== "Contents") {
          Object.assign(cell, DEFAULT_FORMAT);
          cell.fill = undefined;
        }
      });
    }
    batch.calculator.markDirty();
    batch.recordChange({
      sheetId: sheet.id,
      bounds,
      changeType: "RangeEdited",
      triggerSource: "ThisLocalAddin",
    });
  }
}
