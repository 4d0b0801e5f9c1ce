import { cellAddress, formatAddress, MAX_COLUMNS, MAX_ROWS, quoteSheetName, type Bounds } from "./addresses";
import { displayText, interpretInput, valueType, type Cell } from "./cells";
import { FakeClientObject } from "./client-object";
import type { Batch, FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FormulaSyntaxError, parseFormula } from "./formulas";
import { FakeConditionalFormats } from "./conditional-formats";
import { FakeDataValidation } from "./validation-proxy";
import { FakeRangeFormat } from "./range-format";
import {
  forEachCell,
  readCell,
  shiftCells,
  storedCellsIn,
  updateCell,
  type SheetState,
  type ShiftDirection,
} from "./workbook-state";

export interface RangeTarget {
  sheet: SheetState;
  bounds: Bounds;
}

export type RangeLocator = (batch: Batch) => RangeTarget | null;

type Grid = unknown[][];

const RANGE_PROPERTIES = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "numberFormat",
  "text",
  "valueTypes",
  "rowCount",
  "columnCount",
  "cellCount",
  "rowIndex",
  "columnIndex",
] as const;

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

export function absoluteAddress(target: RangeTarget): string {
  const { row, column, rowCount, columnCount } = target.bounds;
  const absolute = (r: number, c: number): string => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = absolute(row, column);
  const end =
    rowCount === 1 && columnCount === 1 ? "" : `:${absolute(row + rowCount - 1, column + columnCount - 1)}`;
  return `${quoteSheetName(target.sheet.name)}!${start}${end}`;
}

export class FakeRange extends FakeClientObject {
  protected readonly entity = "Range";
  protected readonly scalarProperties = RANGE_PROPERTIES;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    context: FakeRequestContext,
    readonly locate: RangeLocator,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.dataValidation = new FakeDataValidation(context, this);
    this.conditionalFormats = new FakeConditionalFormats(context, this);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return ({ format: this.format, dataValidation: this.dataValidation } as Record<string, FakeClientObject>)[
      name
    ];
  }

  protected resolve(batch: Batch): RangeTarget | null {
    return this.locate(batch);
  }

  /** For the …OrNullObject methods that return a range. */
  checkNull(): void {
    this.queueNullCheck();
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const target = this.require<RangeTarget>(batch);
    const { bounds, sheet } = target;
    switch (name as (typeof RANGE_PROPERTIES)[number]) {
      case "address":
        return formatAddress(sheet.name, bounds);
      case "addressLocal":
        return formatAddress(sheet.name, bounds);
      case "values":
        return grid(target, (cell) => cell.value);
      case "formulas":
        return grid(target, (cell) => cell.formula ?? cell.value);
      case "numberFormat":
        return grid(target, (cell) => cell.numberFormat);
      case "text":
        return grid(target, displayText);
      case "valueTypes":
        return grid(target, (cell) => valueType(cell.value));
      case "rowCount":
        return bounds.rowCount;
      case "columnCount":
        return bounds.columnCount;
      case "cellCount":
        return bounds.rowCount * bounds.columnCount;
      case "rowIndex":
        return bounds.row;
      case "columnIndex":
        return bounds.column;
    }
  }

  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get("valueTypes");
  }

  get values(): Grid {
    return this.get("values");
  }
  set values(input: Grid) {
    this.set("values", input, (batch) => this.enter(batch, input, "Range.values"));
  }

  get formulas(): Grid {
    return this.get("formulas");
  }
  set formulas(input: Grid) {
    this.set("formulas", input, (batch) => this.enter(batch, input, "Range.formulas"));
  }

  get numberFormat(): Grid {
    return this.get("numberFormat");
  }
  set numberFormat(input: Grid) {
    this.set("numberFormat", input, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      const formatAt = cellInputs(input, bounds, "Range.numberFormat");
      forEachCell(bounds, (r, c) => {
        const format = formatAt(r, c);
        if (format !== null) updateCell(sheet, r, c, (cell) => (cell.numberFormat = String(format)));
      });
      batch.calculator.markDirty();
    });
  }

  /** Enters values as Excel does (see interpretInput); every cell is checked before any is written. */
  private enter(batch: Batch, input: Grid, location: string): void {
    const { sheet, bounds } = this.require<RangeTarget>(batch);
    const valueAt = cellInputs(input, bounds, location);
    const writes: Array<{ row: number; column: number; entry: ReturnType<typeof interpretInput> }> = [];
    forEachCell(bounds, (row, column) => {
      const raw = valueAt(row, column);
      if (raw === null) return;
      const entry = interpretInput(raw, readCell(sheet, row, column).numberFormat);
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

  private derive(transform: (bounds: Bounds) => Bounds): FakeRange {
    return new FakeRange(this.context, (batch) => {
      const target = this.locate(batch);
      if (!target) return null;
      const bounds = transform(target.bounds);
      const fits =
        bounds.row >= 0 &&
        bounds.column >= 0 &&
        bounds.rowCount > 0 &&
        bounds.columnCount > 0 &&
        bounds.row + bounds.rowCount <= MAX_ROWS &&
        bounds.column + bounds.columnCount <= MAX_COLUMNS;
      if (!fits) throw new FakeOfficeError("InvalidArgument", "Range");
      return { sheet: target.sheet, bounds };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive((b) => ({ row: b.row + row, column: b.column + column, rowCount: 1, columnCount: 1 }));
  }

  getRow(row: number): FakeRange {
    return this.derive((b) => ({ ...b, row: b.row + row, rowCount: 1 }));
  }

  getColumn(column: number): FakeRange {
    return this.derive((b) => ({ ...b, column: b.column + column, columnCount: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive((b) => ({ ...b, row: b.row + rowOffset, column: b.column + columnOffset }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive((b) => ({
      ...b,
      rowCount: b.rowCount + deltaRows,
      columnCount: b.columnCount + deltaColumns,
    }));
  }

  /** Inserts cells at this range, shifting the existing ones Down or Right; returns the new blank range. */
  insert(shift: Excel.InsertShiftDirection | "Down" | "Right"): FakeRange {
    this.shift(shift, shift === "Down" ? "RowInserted" : "ColumnInserted", "CellInserted");
    return new FakeRange(this.context, this.locate);
  }

  /** Deletes this range's cells, shifting the remaining ones Up or Left. */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.shift(shift, shift === "Up" ? "RowDeleted" : "ColumnDeleted", "CellDeleted");
  }

  private shift(
    direction: ShiftDirection,
    wholeLineChange: `${Excel.DataChangeType}`,
    cellChange: `${Excel.DataChangeType}`,
  ): void {
    this.command({ method: `Range.${direction}` }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      shiftCells(sheet, bounds, direction);
      const vertical = direction === "Down" || direction === "Up";
      const whole = vertical ? bounds.columnCount === MAX_COLUMNS : bounds.rowCount === MAX_ROWS;
      batch.calculator.markDirty();
      batch.recordChange({
        sheetId: sheet.id,
        bounds,
        changeType: whole ? wholeLineChange : cellChange,
        triggerSource: "ThisLocalAddin",
      });
    });
  }

  clear(applyTo: Excel.ClearApplyTo | "All" | "Formats" | "Contents" = "All"): void {
    this.command({ method: "Range.clear", applyTo }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      for (const { row, column } of storedCellsIn(sheet, bounds)) {
        updateCell(sheet, row, column, (cell) => {
          if (applyTo !== "Formats") {
            cell.value = "";
            cell.formula = undefined;
          }
          if (applyTo !== "Contents") {
            Object.assign(cell, {
              numberFormat: "General",
              bold: false,
              fontColor: "#000000",
              wrapText: false,
            });
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
    });
  }

  /** Hides (or shows) the entire rows of this range. */
  set rowHidden(hidden: boolean) {
    this.set("rowHidden", hidden, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      for (let r = bounds.row; r < bounds.row + bounds.rowCount; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }
  get rowHidden(): boolean {
    return this.get("rowHidden");
  }

  /** Hides (or shows) the entire columns of this range. */
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get columnHidden(): boolean {
    return this.get("columnHidden");
  }

  select(): void {
    this.command({ method: "Range.select" }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      batch.state.selection = { sheetId: sheet.id, bounds };
      batch.state.activeSheetId = sheet.id;
    });
  }
}
