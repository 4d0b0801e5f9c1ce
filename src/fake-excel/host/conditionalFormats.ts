import { FakeOfficeError } from "../errors";
import type { ConditionalFormatState } from "../workbook-state";
import { HostObject, type MethodResult } from "./base";
import type { Range } from "./range";

/** A part of a custom conditional format that holds one colour (fill or font) or the rule's formula. */
class FormatPart extends HostObject {
  constructor(
    readonly type: string,
    private readonly member: "Color" | "Formula",
    private readonly state: ConditionalFormatState,
    private readonly key: "fill" | "fontColor" | "formula",
  ) {
    super();
  }

  override get(name: string): unknown {
    if (name === this.member) return this.state[this.key] ?? null;
    return this.refuse(name);
  }

  override set(name: string, value: unknown): void {
    if (name !== this.member) return this.refuse(name);
    this.state[this.key] = this.member === "Color" ? String(value).toUpperCase() : String(value);
  }
}

class ConditionalRangeFormat extends HostObject {
  readonly type = "ConditionalRangeFormat";

  constructor(private readonly state: ConditionalFormatState) {
    super();
  }

  override navigate(name: string): HostObject | null {
    if (name === "Fill") return new FormatPart("ConditionalRangeFill", "Color", this.state, "fill");
    if (name === "Font") return new FormatPart("ConditionalRangeFont", "Color", this.state, "fontColor");
    return this.refuse(name);
  }
}

class CustomConditionalFormat extends HostObject {
  readonly type = "CustomConditionalFormat";

  constructor(private readonly state: ConditionalFormatState) {
    super();
  }

  override navigate(name: string): HostObject | null {
    if (name === "Rule") return new FormatPart("ConditionalFormatRule", "Formula", this.state, "formula");
    if (name === "Format") return new ConditionalRangeFormat(this.state);
    return this.refuse(name);
  }
}

/** Excel.ConditionalFormat of type Custom: a formula relative to the range's top-left cell, fill and font colour. */
export class ConditionalFormat extends HostObject {
  readonly type = "ConditionalFormat";
  override readonly defaults = ["Type"];

  constructor(private readonly state: ConditionalFormatState) {
    super();
  }

  override get(name: string): unknown {
    if (name === "Type") return "Custom";
    return this.refuse(name);
  }

  override navigate(name: string): HostObject | null {
    if (name === "Custom") return new CustomConditionalFormat(this.state);
    return this.refuse(name);
  }
}

export class ConditionalFormatCollection extends HostObject {
  readonly type = "ConditionalFormatCollection";

  constructor(private readonly range: Range) {
    super();
  }

  override items(): HostObject[] {
    return this.range.sheet.conditionalFormats
      .filter((f) => overlaps(f, this.range))
      .map((f) => new ConditionalFormat(f));
  }

  override call(name: string, args: unknown[]): MethodResult {
    const { sheet, bounds } = this.range;
    switch (name) {
      case "Add": {
        if (args[0] !== "Custom")
          throw new FakeOfficeError(
            "NotImplemented",
            "ConditionalFormatCollection.add",
            `not modelled here: ConditionalFormatCollection.add(${String(args[0])})`,
          );
        const state: ConditionalFormatState = { bounds };
        sheet.conditionalFormats.push(state);
        return new ConditionalFormat(state);
      }
      case "ClearAll": {
        const inside = (f: ConditionalFormatState) =>
          f.bounds.row >= bounds.row &&
          f.bounds.column >= bounds.column &&
          f.bounds.row + f.bounds.rowCount <= bounds.row + bounds.rowCount &&
          f.bounds.column + f.bounds.columnCount <= bounds.column + bounds.columnCount;
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !inside(f));
        return;
      }
      case "GetCount":
        return { value: this.items().length };
    }
    return this.refuse(name);
  }
}

function overlaps(format: ConditionalFormatState, range: Range): boolean {
  const a = format.bounds;
  const b = range.bounds;
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
