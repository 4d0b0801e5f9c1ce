import { formatAddress, type Bounds } from "./addresses";
import { FakeClientObject } from "./client-object";
import type { Batch, FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { RangePart } from "./range-part";
import { absoluteAddress, FakeRange, type RangeTarget } from "./range";
import { DEFAULT_ERROR_ALERT, DEFAULT_PROMPT, isValid, ruleType, type ValidationSpec } from "./validation";
import { forEachCell, readCell, storedCellsIn, updateCell, type SheetState } from "./workbook-state";

/** Rules may name a Range as list source or operand; Excel stores it as an absolute reference. */
function storedRule(rule: Excel.DataValidationRule, batch: Batch): Excel.DataValidationRule {
  const reference = (value: unknown): unknown => {
    if (!(value instanceof FakeRange)) return value;
    const target = value.locate(batch);
    if (!target) throw new FakeOfficeError("InvalidArgument", "DataValidation.rule");
    return `=${absoluteAddress(target)}`;
  };
  const copy = JSON.parse(JSON.stringify(rule, (_key, value) => (value instanceof FakeRange ? null : value)));
  for (const kind of ["wholeNumber", "decimal", "date", "time", "textLength"] as const) {
    const criteria = rule[kind];
    if (!criteria) continue;
    copy[kind].formula1 = reference(criteria.formula1);
    if (criteria.formula2 !== undefined) copy[kind].formula2 = reference(criteria.formula2);
  }
  if (rule.list) copy.list.source = reference(rule.list.source);
  return copy;
}

/** Invalid cells of a range as rectangles: vertical runs within each column. */
async function invalidAreas(target: RangeTarget, batch: Batch): Promise<Bounds[]> {
  await batch.calculator.ensureCalculated();
  const env = batch.calculator.env(target.sheet);
  const invalid: Array<{ row: number; column: number }> = [];
  for (const { row, column, cell } of storedCellsIn(target.sheet, target.bounds)) {
    if (cell.validation && !(await isValid(cell.validation, cell.value, { row, column }, env))) {
      invalid.push({ row, column });
    }
  }
  invalid.sort((a, b) => a.column - b.column || a.row - b.row);
  const areas: Bounds[] = [];
  for (const { row, column } of invalid) {
    const last = areas[areas.length - 1];
    if (last && last.column === column && last.row + last.rowCount === row) last.rowCount++;
    else areas.push({ row, column, rowCount: 1, columnCount: 1 });
  }
  return areas;
}

/** The subset of Excel.RangeAreas returned by getInvalidCells: address, areaCount, cellCount. */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly entity = "RangeAreas";
  protected readonly scalarProperties = ["address", "areaCount", "cellCount"];
  private found: { sheet: SheetState; areas: Bounds[] } | null = null;

  constructor(context: FakeRequestContext, source: FakeRange, orNull: boolean) {
    super(context);
    this.command({ method: "DataValidation.getInvalidCells" }, async (batch) => {
      const target = source.locate(batch);
      if (!target) throw new FakeOfficeError("ItemNotFound", "DataValidation.getInvalidCells");
      const areas = await invalidAreas(target, batch);
      if (areas.length === 0 && !orNull)
        throw new FakeOfficeError("ItemNotFound", "DataValidation.getInvalidCells");
      this.found = areas.length === 0 ? null : { sheet: target.sheet, areas };
    });
    if (orNull) this.queueNullCheck();
  }

  protected resolve(): { sheet: SheetState; areas: Bounds[] } | null {
    return this.found;
  }

  protected readProperty(name: string, batch: Batch): unknown {
    const { sheet, areas } = this.require<{ sheet: SheetState; areas: Bounds[] }>(batch);
    if (name === "areaCount") return areas.length;
    if (name === "cellCount") return areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
    return areas.map((area) => formatAddress(sheet.name, area)).join(",");
  }

  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
}

type SpecField = "prompt" | "errorAlert" | "ignoreBlanks";

export class FakeDataValidation extends RangePart {
  protected readonly entity = "DataValidation";
  protected readonly scalarProperties = ["rule", "type", "prompt", "errorAlert", "ignoreBlanks"];

  /** Reads a spec field when all cells share one spec; "None" / "Inconsistent" otherwise, as Excel does. */
  protected readProperty(name: string, batch: Batch): unknown {
    const target = this.require<RangeTarget>(batch);
    const specs = new Set<ValidationSpec | undefined>();
    const stored = storedCellsIn(target.sheet, target.bounds);
    for (const { cell } of stored) specs.add(cell.validation);
    if (stored.length < target.bounds.rowCount * target.bounds.columnCount) specs.add(undefined);
    const spec = specs.size === 1 ? [...specs][0] : null;
    if (name === "type") return spec === null ? "Inconsistent" : spec ? ruleType(spec.rule) : "None";
    if (spec === null) return null;
    switch (name) {
      case "rule":
        return spec?.rule ?? {};
      case "prompt":
        return spec?.prompt ?? DEFAULT_PROMPT;
      case "errorAlert":
        return spec?.errorAlert ?? DEFAULT_ERROR_ALERT;
      default:
        return spec?.ignoreBlanks ?? true;
    }
  }

  get type(): Excel.DataValidationType {
    return this.get("type");
  }

  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  /** Replaces any validation on the range's cells; exactly one criterion kind must be given. */
  set rule(rule: Excel.DataValidationRule) {
    this.set("rule", rule, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      const kinds = Object.values(rule).filter((criteria) => criteria !== undefined);
      if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", "DataValidation.rule");
      const spec: ValidationSpec = {
        rule: storedRule(rule, batch),
        anchor: { row: bounds.row, column: bounds.column },
        ignoreBlanks: true,
        prompt: { ...DEFAULT_PROMPT },
        errorAlert: { ...DEFAULT_ERROR_ALERT },
      };
      forEachCell(bounds, (r, c) => updateCell(sheet, r, c, (cell) => (cell.validation = spec)));
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.get("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.set("prompt", prompt, (batch) => this.amend(batch, "prompt", prompt));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }
  set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
    this.set("errorAlert", errorAlert, (batch) => this.amend(batch, "errorAlert", errorAlert));
  }

  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.set("ignoreBlanks", ignoreBlanks, (batch) => this.amend(batch, "ignoreBlanks", ignoreBlanks));
  }

  /** Changes one field of the validation already on the cells (cells without validation are left alone). */
  private amend(batch: Batch, field: SpecField, value: unknown): void {
    const { sheet, bounds } = this.require<RangeTarget>(batch);
    const replaced = new Map<ValidationSpec, ValidationSpec>();
    forEachCell(bounds, (r, c) => {
      const old = readCell(sheet, r, c).validation;
      if (!old) return;
      let next = replaced.get(old);
      if (!next) {
        const merged =
          typeof value === "object" ? { ...(old[field] as object), ...(value as object) } : value;
        next = { ...old, [field]: merged };
        replaced.set(old, next);
      }
      const spec = next;
      updateCell(sheet, r, c, (cell) => (cell.validation = spec));
    });
  }

  clear(): void {
    this.command({ method: "DataValidation.clear" }, (batch) => {
      const { sheet, bounds } = this.require<RangeTarget>(batch);
      for (const { row, column } of storedCellsIn(sheet, bounds)) {
        updateCell(sheet, row, column, (cell) => (cell.validation = undefined));
      }
    });
  }

  getInvalidCells(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.range, false);
  }

  getInvalidCellsOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.range, true);
  }
}
