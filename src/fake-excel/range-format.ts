import { FakeClientObject } from "./client-object";
import { displayText, emptyCell, type Cell } from "./cells";
import type { Batch, FakeRequestContext } from "./context";
import type { FakeRange, RangeTarget } from "./range";
import { RangePart } from "./range-part";
import { DEFAULT_COLUMN_WIDTH, forEachCell, storedCellsIn, updateCell } from "./workbook-state";

/** One value when every cell agrees, else null — as Excel reports mixed formats. */
function uniform<T>(target: RangeTarget, read: (cell: Cell) => T): T | null {
  const stored = storedCellsIn(target.sheet, target.bounds);
  const seen = new Set(stored.map((s) => read(s.cell)));
  if (stored.length < target.bounds.rowCount * target.bounds.columnCount) seen.add(read(emptyCell()));
  return seen.size === 1 ? [...seen][0] : null;
}

function setEach(batch: Batch, range: FakeRange, change: (cell: Cell) => void): void {
  const target = range.locate(batch);
  if (!target) return;
  forEachCell(target.bounds, (r, c) => updateCell(target.sheet, r, c, change));
}

export class FakeRangeFill extends RangePart {
  protected readonly entity = "RangeFill";
  protected readonly scalarProperties = ["color"];

  protected readProperty(_name: string, batch: Batch): unknown {
    return uniform(this.require<RangeTarget>(batch), (cell) => cell.fill ?? "#FFFFFF");
  }

  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.set("color", color, (batch) =>
      setEach(batch, this.range, (cell) => (cell.fill = color.toUpperCase())),
    );
  }

  clear(): void {
    this.command({ method: "RangeFill.clear" }, (batch) =>
      setEach(batch, this.range, (cell) => (cell.fill = undefined)),
    );
  }
}

export class FakeRangeFont extends RangePart {
  protected readonly entity = "RangeFont";
  protected readonly scalarProperties = ["bold", "color"];

  protected readProperty(name: string, batch: Batch): unknown {
    const target = this.require<RangeTarget>(batch);
    return name === "bold" ? uniform(target, (cell) => cell.bold) : uniform(target, (cell) => cell.fontColor);
  }

  get bold(): boolean {
    return this.get("bold");
  }
  set bold(bold: boolean) {
    this.set("bold", bold, (batch) => setEach(batch, this.range, (cell) => (cell.bold = bold)));
  }

  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.set("color", color, (batch) =>
      setEach(batch, this.range, (cell) => (cell.fontColor = color.toUpperCase())),
    );
  }
}

export class FakeRangeFormat extends RangePart {
  protected readonly entity = "RangeFormat";
  protected readonly scalarProperties = ["columnWidth", "wrapText"];
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, range: FakeRange) {
    super(context, range);
    this.fill = new FakeRangeFill(context, range);
    this.font = new FakeRangeFont(context, range);
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, FakeClientObject>)[name];
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const target = this.require<RangeTarget>(batch);
    if (name === "wrapText") return uniform(target, (cell) => cell.wrapText);
    const widths = new Set<number>();
    for (let c = target.bounds.column; c < target.bounds.column + target.bounds.columnCount; c++) {
      widths.add(target.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    }
    return widths.size === 1 ? [...widths][0] : null;
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(width: number) {
    this.set("columnWidth", width, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++)
        sheet.columnWidths.set(c, width);
    });
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.set("wrapText", wrap, (batch) => setEach(batch, this.range, (cell) => (cell.wrapText = wrap)));
  }

  /** Approximates Excel's autofit: about 7 points per character of the longest shown text, bold wider. */
  autofitColumns(): void {
    this.command({ method: "RangeFormat.autofitColumns" }, async (batch) => {
      await batch.calculator.ensureCalculated();
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      const longest = new Map<number, number>();
      for (const { column, cell } of storedCellsIn(sheet, bounds)) {
        const width = displayText(cell).length * (cell.bold ? 7.5 : 7) + 5;
        longest.set(column, Math.max(longest.get(column) ?? 0, width));
      }
      for (const [column, width] of longest) sheet.columnWidths.set(column, width);
    });
  }
}
