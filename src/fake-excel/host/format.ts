import { displayText, emptyCell, type Cell } from "../cells";
import { FakeOfficeError } from "../errors";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  forEachCell,
  storedCellsIn,
  updateCell,
} from "../workbook-state";
import { HostObject, type Batch, type MethodResult } from "./base";
import type { Range } from "./range";

/** One value when every cell agrees, else null — as Excel reports mixed formats. */
function uniform<T>(range: Range, read: (cell: Cell) => T): T | null {
  const stored = storedCellsIn(range.sheet, range.bounds);
  const seen = new Set(stored.map((s) => read(s.cell)));
  if (stored.length < range.bounds.rowCount * range.bounds.columnCount) seen.add(read(emptyCell()));
  return seen.size === 1 ? [...seen][0] : null;
}

function setEach(range: Range, change: (cell: Cell) => void): void {
  forEachCell(range.bounds, (r, c) => updateCell(range.sheet, r, c, change));
}

export class RangeFill extends HostObject {
  readonly type = "RangeFill";
  override readonly defaults = ["Color"];

  constructor(private readonly range: Range) {
    super();
  }

  override get(name: string): unknown {
    if (name === "Color") return uniform(this.range, (cell) => cell.fill ?? "#FFFFFF");
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Color") return setEach(this.range, (cell) => (cell.fill = String(value).toUpperCase()));
    this.refuse(name);
  }

  override call(name: string): MethodResult | Promise<MethodResult> {
    if (name === "Clear") return setEach(this.range, (cell) => (cell.fill = undefined));
    return this.refuse(name);
  }
}

const UNDERLINES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** One of Excel's enum values, else InvalidArgument as Excel answers a wrong one. */
function oneOf(values: string[], member: string) {
  return (v: unknown) => {
    if (!values.includes(String(v))) throw new FakeOfficeError("InvalidArgument", member);
    return String(v);
  };
}

const FONT: Record<
  string,
  {
    key: "bold" | "italic" | "fontSize" | "fontName" | "fontColor" | "underline";
    convert: (v: unknown) => unknown;
  }
> = {
  Bold: { key: "bold", convert: Boolean },
  Italic: { key: "italic", convert: Boolean },
  Size: { key: "fontSize", convert: Number },
  Name: { key: "fontName", convert: String },
  Color: { key: "fontColor", convert: (v) => String(v).toUpperCase() },
  Underline: { key: "underline", convert: oneOf(UNDERLINES, "RangeFont.underline") },
};

const ALIGNMENT: Record<
  string,
  { key: "horizontalAlignment" | "verticalAlignment"; convert: (v: unknown) => string }
> = {
  HorizontalAlignment: {
    key: "horizontalAlignment",
    convert: oneOf(HORIZONTAL, "RangeFormat.horizontalAlignment"),
  },
  VerticalAlignment: { key: "verticalAlignment", convert: oneOf(VERTICAL, "RangeFormat.verticalAlignment") },
};

/** The row's height in points; heights from 0 to 409 (Excel's limit: support.microsoft.com "Excel specifications and limits"). */
const MAX_ROW_HEIGHT = 409;

export class RangeFont extends HostObject {
  readonly type = "RangeFont";
  override readonly defaults = Object.keys(FONT);

  constructor(private readonly range: Range) {
    super();
  }

  override get(name: string): unknown {
    const member = FONT[name];
    if (!member) return this.refuse(name);
    return uniform(this.range, (cell) => cell[member.key]);
  }

  override set(name: string, value: unknown): void {
    const member = FONT[name];
    if (!member) return this.refuse(name);
    setEach(this.range, (cell) => Object.assign(cell, { [member.key]: member.convert(value) }));
  }
}

export class RangeFormat extends HostObject {
  readonly type = "RangeFormat";
  override readonly defaults = [
    "ColumnWidth",
    "RowHeight",
    "WrapText",
    "HorizontalAlignment",
    "VerticalAlignment",
  ];

  constructor(private readonly range: Range) {
    super();
  }

  override get(name: string): unknown {
    const { sheet, bounds } = this.range;
    if (name === "WrapText") return uniform(this.range, (cell) => cell.wrapText);
    if (ALIGNMENT[name]) return uniform(this.range, (cell) => cell[ALIGNMENT[name].key]);
    if (name === "RowHeight") {
      const heights = new Set<number>();
      for (let r = bounds.row; r < bounds.row + bounds.rowCount && heights.size < 2; r++)
        heights.add(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }
    if (name === "ColumnWidth") {
      const widths = new Set<number>();
      for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++) {
        widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      }
      return widths.size === 1 ? [...widths][0] : null;
    }
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    const { sheet, bounds } = this.range;
    if (name === "WrapText") return setEach(this.range, (cell) => (cell.wrapText = Boolean(value)));
    const alignment = ALIGNMENT[name];
    if (alignment) {
      const v = alignment.convert(value);
      return setEach(this.range, (cell) => (cell[alignment.key] = v));
    }
    if (name === "RowHeight") {
      const height = Number(value);
      if (!(height >= 0 && height <= MAX_ROW_HEIGHT))
        throw new FakeOfficeError("InvalidArgument", "RangeFormat.rowHeight");
      for (let r = bounds.row; r < bounds.row + bounds.rowCount; r++) sheet.rowHeights.set(r, height);
      return;
    }
    if (name === "ColumnWidth") {
      for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++)
        sheet.columnWidths.set(c, Number(value));
      return;
    }
    this.refuse(name);
  }

  override navigate(name: string): HostObject | null {
    if (name === "Fill") return new RangeFill(this.range);
    if (name === "Font") return new RangeFont(this.range);
    return this.refuse(name);
  }

  /** Approximates Excel's autofit: about 7 points per character of the longest shown text, bold wider. */
  override async call(name: string, _args: unknown[], batch: Batch): Promise<MethodResult> {
    if (name !== "AutofitColumns") return this.refuse(name);
    await batch.calculator.ensureCalculated();
    const { sheet, bounds } = this.range;
    const longest = new Map<number, number>();
    for (const { column, cell } of storedCellsIn(sheet, bounds)) {
      const width = displayText(cell).length * (cell.bold ? 7.5 : 7) + 5;
      longest.set(column, Math.max(longest.get(column) ?? 0, width));
    }
    for (const [column, width] of longest) sheet.columnWidths.set(column, width);
  }
}
