import { FakeClientObject } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { RangePart } from "./range-part";
import type { RangeTarget } from "./range";
import type { ConditionalFormatState } from "./workbook-state";

/** Builds a conditional format's state from property writes queued before the sync that adds it. */
class Part extends FakeClientObject {
  protected readonly entity = "ConditionalFormatPart";
  protected readonly scalarProperties = [];

  constructor(
    context: FakeRequestContext,
    private readonly state: ConditionalFormatState,
    private readonly key: "formula" | "fill" | "fontColor",
  ) {
    super(context);
  }

  protected resolve(): unknown {
    return this.state;
  }

  protected readProperty(): unknown {
    return undefined;
  }

  protected assign(name: string, value: string): void {
    this.set(name, value, () => (this.state[this.key] = value));
  }
}

class FormulaRule extends Part {
  set formula(formula: string) {
    this.assign("formula", formula);
  }
}

class Colour extends Part {
  set color(color: string) {
    this.assign("color", color.toUpperCase());
  }
}

/** The subset of Excel.ConditionalFormat the product uses: a custom formula with fill and font colour. */
export class FakeConditionalFormat {
  readonly custom: { rule: FormulaRule; format: { fill: Colour; font: Colour } };

  constructor(context: FakeRequestContext, state: ConditionalFormatState) {
    this.custom = {
      rule: new FormulaRule(context, state, "formula"),
      format: { fill: new Colour(context, state, "fill"), font: new Colour(context, state, "fontColor") },
    };
  }
}

export class FakeConditionalFormats extends RangePart {
  protected readonly entity = "ConditionalFormatCollection";
  protected readonly scalarProperties = [];

  protected readProperty(): unknown {
    return undefined;
  }

  add(type: Excel.ConditionalFormatType | "Custom"): FakeConditionalFormat {
    if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", "ConditionalFormatCollection.add");
    const state: ConditionalFormatState = { bounds: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    this.command({ method: "ConditionalFormatCollection.add", type }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      state.bounds = bounds;
      sheet.conditionalFormats.push(state);
    });
    return new FakeConditionalFormat(this.context, state);
  }

  clearAll(): void {
    this.command({ method: "ConditionalFormatCollection.clearAll" }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      const inside = (f: ConditionalFormatState) =>
        f.bounds.row >= bounds.row &&
        f.bounds.column >= bounds.column &&
        f.bounds.row + f.bounds.rowCount <= bounds.row + bounds.rowCount &&
        f.bounds.column + f.bounds.columnCount <= bounds.column + bounds.columnCount;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !inside(f));
    });
  }
}
