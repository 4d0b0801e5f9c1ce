import { cellAddress, formatAddress, quoteSheetName, type Bounds } from "../addresses";
import { FakeOfficeError } from "../errors";
import { DEFAULT_ERROR_ALERT, DEFAULT_PROMPT, isValid, ruleType, type ValidationSpec } from "../validation";
import { forEachCell, readCell, storedCellsIn, updateCell, type SheetState } from "../workbook-state";
import { HostObject, type Batch, type MethodResult } from "./base";
import { Range } from "./range";

/** `'Sheet'!$A$1:$B$2`, as Excel stores a range named in a rule or a name. */
export function absoluteAddress(range: { sheet: SheetState; bounds: Bounds }): string {
  const { row, column, rowCount, columnCount } = range.bounds;
  const absolute = (r: number, c: number): string => cellAddress(r, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const start = absolute(row, column);
  const end =
    rowCount === 1 && columnCount === 1 ? "" : `:${absolute(row + rowCount - 1, column + columnCount - 1)}`;
  return `${quoteSheetName(range.sheet.name)}!${start}${end}`;
}

/** Rules may name a Range as list source or operand (sent as its object path); Excel stores a reference. */
function storedRule(rule: Record<string, Record<string, unknown>>, batch: Batch): Excel.DataValidationRule {
  const reference = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null || !("_ObjectPathId" in value)) return value;
    const target = batch.objectArgument(Number((value as { _ObjectPathId: number })._ObjectPathId));
    if (!(target instanceof Range)) throw new FakeOfficeError("InvalidArgument", "DataValidation.rule");
    return `=${absoluteAddress(target)}`;
  };
  const copy: Record<string, Record<string, unknown>> = {};
  for (const [kind, criteria] of Object.entries(rule)) {
    if (criteria === undefined || criteria === null) continue;
    copy[kind] = Object.fromEntries(Object.entries(criteria).map(([key, value]) => [key, reference(value)]));
  }
  return copy as Excel.DataValidationRule;
}

/** Invalid cells of a range as rectangles: vertical runs within each column. */
async function invalidAreas(range: Range, batch: Batch): Promise<Bounds[]> {
  await batch.calculator.ensureCalculated();
  const env = batch.calculator.env(range.sheet);
  const invalid: Array<{ row: number; column: number }> = [];
  for (const { row, column, cell } of storedCellsIn(range.sheet, range.bounds)) {
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

/** Excel.RangeAreas as getInvalidCells returns it: address, areaCount, cellCount. */
export class RangeAreas extends HostObject {
  readonly type = "RangeAreas";
  override readonly defaults = ["Address", "AreaCount", "CellCount"];

  constructor(
    private readonly sheet: SheetState,
    private readonly areas: Bounds[],
  ) {
    super();
  }

  override get(name: string): unknown {
    if (name === "AreaCount") return this.areas.length;
    if (name === "CellCount") return this.areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0);
    if (name === "Address" || name === "AddressLocal") {
      return this.areas.map((area) => formatAddress(this.sheet.name, area)).join(",");
    }
    return this.refuse(name);
  }
}

type SpecField = "prompt" | "errorAlert" | "ignoreBlanks";

export class DataValidation extends HostObject {
  readonly type = "DataValidation";
  override readonly defaults = ["Rule", "Type", "Prompt", "ErrorAlert", "IgnoreBlanks", "Valid"];

  constructor(private readonly range: Range) {
    super();
  }

  /** Reads a spec field when all cells share one spec; "None" / "Inconsistent" otherwise, as Excel does. */
  override async get(name: string, batch: Batch): Promise<unknown> {
    const { sheet, bounds } = this.range;
    const specs = new Set<ValidationSpec | undefined>();
    const stored = storedCellsIn(sheet, bounds);
    for (const { cell } of stored) specs.add(cell.validation);
    if (stored.length < bounds.rowCount * bounds.columnCount) specs.add(undefined);
    const spec = specs.size === 1 ? [...specs][0] : null;
    switch (name) {
      case "Type":
        return spec === null ? "Inconsistent" : spec ? ruleType(spec.rule) : "None";
      case "Rule":
        return spec === null ? null : (spec?.rule ?? {});
      case "Prompt":
        return spec === null ? null : (spec?.prompt ?? DEFAULT_PROMPT);
      case "ErrorAlert":
        return spec === null ? null : (spec?.errorAlert ?? DEFAULT_ERROR_ALERT);
      case "IgnoreBlanks":
        return spec === null ? null : (spec?.ignoreBlanks ?? true);
      case "Valid":
        return (await invalidAreas(this.range, batch)).length === 0;
    }
    return this.refuse(name);
  }

  override set(name: string, value: unknown, batch: Batch): void {
    switch (name) {
      case "Rule":
        return this.setRule(value as Record<string, Record<string, unknown>>, batch);
      case "Prompt":
        return this.amend("prompt", value);
      case "ErrorAlert":
        return this.amend("errorAlert", value);
      case "IgnoreBlanks":
        return this.amend("ignoreBlanks", value);
    }
    this.refuse(name);
  }

  /** Replaces any validation on the range's cells; exactly one criterion kind must be given. */
  private setRule(rule: Record<string, Record<string, unknown>>, batch: Batch): void {
    const { sheet, bounds } = this.range;
    const kinds = Object.values(rule).filter((criteria) => criteria !== undefined && criteria !== null);
    if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", "DataValidation.rule");
    const spec: ValidationSpec = {
      rule: storedRule(rule, batch),
      anchor: { row: bounds.row, column: bounds.column },
      ignoreBlanks: true,
      prompt: { ...DEFAULT_PROMPT },
      errorAlert: { ...DEFAULT_ERROR_ALERT },
    };
    forEachCell(bounds, (r, c) => updateCell(sheet, r, c, (cell) => (cell.validation = spec)));
  }

  /** Changes one field of the validation already on the cells (cells without validation are left alone). */
  private amend(field: SpecField, value: unknown): void {
    const { sheet, bounds } = this.range;
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

  override async call(name: string, _args: unknown[], batch: Batch): Promise<MethodResult> {
    const { sheet, bounds } = this.range;
    switch (name) {
      case "Clear":
        for (const { row, column } of storedCellsIn(sheet, bounds)) {
          updateCell(sheet, row, column, (cell) => (cell.validation = undefined));
        }
        return;
      case "GetInvalidCells":
      case "GetInvalidCellsOrNullObject": {
        const areas = await invalidAreas(this.range, batch);
        if (areas.length > 0) return new RangeAreas(sheet, areas);
        if (name === "GetInvalidCells")
          throw new FakeOfficeError("ItemNotFound", "DataValidation.getInvalidCells");
        return null;
      }
    }
    return this.refuse(name);
  }
}
