import { ERROR_VALUES, type CellValue } from "./cells";
import { evaluate, parseFormula, type Expr, type FormulaEnv, type FormulaValue } from "./formulas";
import { readCell, type SheetState, type WorkbookState } from "./workbook-state";

// Custom functions receive whatever Excel passes; `any` is their real parameter type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CustomFunction = (...args: any[]) => unknown;

/**
 * Evaluates formulas by full recalculation: every formula cell is recomputed (once per pass, memoised)
 * whenever the workbook changed. Circular references evaluate to 0, as Excel shows them.
 */
export class Calculator {
  private readonly functions = new Map<string, CustomFunction>();
  private readonly parsed = new Map<string, Expr>();
  private dirty = true;

  constructor(
    private readonly workbook: WorkbookState,
    /** What a blank referenced cell becomes as a custom-function argument: 0 on desktop, null on the web. */
    private readonly blankArgument: 0 | null,
  ) {}

  /** Like CustomFunctions.associate(id, fn); ids are matched case-insensitively, e.g. "CHITIEU.STATUS". */
  register(name: string, fn: CustomFunction): void {
    this.functions.set(name.toUpperCase(), fn);
    this.dirty = true;
  }

  markDirty(): void {
    this.dirty = true;
  }

  async ensureCalculated(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const memo = new Map<string, Promise<CellValue>>();
    const computing = new Set<string>();
    const reasons = new Map<string, string>();
    const results: Array<{ sheet: SheetState; key: string; value: CellValue }> = [];
    for (const sheet of this.workbook.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === undefined) continue;
        const [row, column] = key.split(",").map(Number);
        const value = await this.cellValue(sheet, row, column, memo, computing, reasons);
        results.push({ sheet, key, value });
      }
    }
    for (const { sheet, key, value } of results) {
      const cell = sheet.cells.get(key);
      if (!cell) continue;
      cell.value = value;
      const reason = ERROR_VALUES.includes(String(value)) ? reasons.get(`${sheet.id}|${key}`) : undefined;
      if (reason) cell.errorReason = reason;
      else delete cell.errorReason;
    }
  }

  /** An environment for evaluating a formula that sits on `sheet` (also used by data validation). */
  env(
    sheet: SheetState,
    memo = new Map<string, Promise<CellValue>>(),
    computing = new Set<string>(),
    reasons = new Map<string, string>(),
    /** The formula cell being evaluated: a custom function's error message is kept as its reason. */
    self?: string,
  ): FormulaEnv {
    return {
      cell: (sheetName, row, column) => {
        const target = sheetName === undefined ? sheet : this.workbook.findSheet(sheetName);
        return target
          ? this.cellValue(target, row, column, memo, computing, reasons)
          : Promise.resolve("#REF!");
      },
      name: (name) => {
        const defined = this.workbook.names.get(name.toLowerCase());
        const target = defined && this.workbook.sheetById(defined.sheetId);
        return target && defined ? { sheet: target.name, ...defined.bounds } : undefined;
      },
      extent: (sheetName) => {
        const target = sheetName === undefined ? sheet : this.workbook.findSheet(sheetName);
        const used = target && this.workbook.usedBounds(target);
        return used
          ? { rows: used.row + used.rowCount, columns: used.column + used.columnCount }
          : { rows: 1, columns: 1 };
      },
      callFunction: (name, args, fromReference, omitted) => {
        const fn = this.functions.get(name.toUpperCase());
        if (!fn) return undefined;
        return this.call(fn, args, fromReference, omitted, (reason) => {
          if (self) reasons.set(self, reason);
        });
      },
    };
  }

  private cellValue(
    sheet: SheetState,
    row: number,
    column: number,
    memo: Map<string, Promise<CellValue>>,
    computing: Set<string>,
    reasons: Map<string, string>,
  ): Promise<CellValue> {
    const cell = readCell(sheet, row, column);
    if (cell.formula === undefined) return Promise.resolve(cell.value);
    const id = `${sheet.id}|${row},${column}`;
    if (computing.has(id)) return Promise.resolve(0);
    let pending = memo.get(id);
    if (!pending) {
      computing.add(id);
      const env = this.env(sheet, memo, computing, reasons, id);
      pending = this.evaluateFormula(cell.formula, env).finally(() => computing.delete(id));
      memo.set(id, pending);
    }
    return pending;
  }

  private async evaluateFormula(formula: string, env: FormulaEnv): Promise<CellValue> {
    let expr = this.parsed.get(formula);
    if (!expr) {
      expr = parseFormula(formula);
      this.parsed.set(formula, expr);
    }
    const value = await evaluate(expr, env);
    return Array.isArray(value) ? (value[0]?.[0] ?? 0) : value;
  }

  private async call(
    fn: CustomFunction,
    args: FormulaValue[],
    fromReference: boolean[],
    omitted: boolean[],
    onReason: (reason: string) => void,
  ): Promise<CellValue> {
    const blank = (v: CellValue): CellValue | null => (v === "" ? this.blankArgument : v);
    const passed = args.map((arg, i) => {
      if (omitted[i]) return null;
      if (Array.isArray(arg)) return arg.map((row) => row.map(blank));
      return fromReference[i] ? blank(arg) : arg;
    });
    try {
      const result = await fn(...passed);
      if (result !== null && typeof result === "object" && !Array.isArray(result)) reasonOf(result, onReason);
      return toCellValue(result);
    } catch (error) {
      reasonOf(error, onReason);
      return errorCode(error);
    }
  }
}

/** CustomFunctions.Error's message: what Excel shows when the pointer rests on the error cell. */
function reasonOf(error: unknown, onReason: (reason: string) => void): void {
  const message = typeof error === "object" && error !== null ? (error as { message?: unknown }).message : "";
  if (typeof message === "string" && message) onReason(message);
}

function toCellValue(result: unknown): CellValue {
  if (result === null || result === undefined) return 0;
  if (Array.isArray(result)) return toCellValue(Array.isArray(result[0]) ? result[0][0] : result[0]);
  if (typeof result === "number") return Number.isFinite(result) ? result : "#NUM!";
  if (typeof result === "string" || typeof result === "boolean") return result;
  return errorCode(result);
}

/** CustomFunctions.Error carries its Excel error in `code` ("#VALUE!", "#N/A", …). */
function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" && ERROR_VALUES.includes(code) ? code : "#VALUE!";
}
