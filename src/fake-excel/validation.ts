import { isErrorValue, type CellValue } from "./cells";
import { evaluate, parseFormula, type FormulaEnv, type Offset } from "./formulas";

/** One data-validation setting, shared by all the cells it was applied to. */
export interface ValidationSpec {
  rule: Excel.DataValidationRule;
  /** Top-left cell of the range the rule was set on: relative references in formulas count from it. */
  anchor: { row: number; column: number };
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt;
  errorAlert: Excel.DataValidationErrorAlert;
}

export const DEFAULT_PROMPT: Excel.DataValidationPrompt = { showPrompt: false, title: "", message: "" };
export const DEFAULT_ERROR_ALERT: Excel.DataValidationErrorAlert = {
  showAlert: true,
  style: "Stop",
  title: "",
  message: "",
};

export function ruleType(
  rule: Excel.DataValidationRule,
): Excel.DataValidationType | `${Excel.DataValidationType}` {
  if (rule.wholeNumber) return "WholeNumber";
  if (rule.decimal) return "Decimal";
  if (rule.list) return "List";
  if (rule.date) return "Date";
  if (rule.time) return "Time";
  if (rule.textLength) return "TextLength";
  if (rule.custom) return "Custom";
  return "None";
}

/** Days since 1899-12-30, as Excel stores dates. */
export function dateSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** A criterion operand: a number, a date text, a formula like "=B1" or a Range (whose first cell is read). */
async function operand(source: unknown, env: FormulaEnv, offset: Offset): Promise<CellValue> {
  if (source === undefined || source === null) return "";
  if (typeof source === "number") return source;
  if (typeof source === "object" && "address" in source) {
    source = `=${String((source as { address: string }).address)}`;
  }
  const text = String(source);
  if (text.startsWith("=")) {
    const value = await evaluate(parseFormula(text), env, offset);
    return Array.isArray(value) ? (value[0]?.[0] ?? "") : value;
  }
  return dateSerial(text) ?? (Number.isFinite(Number(text)) && text.trim() !== "" ? Number(text) : text);
}

async function compareWith(
  value: number,
  criteria: Excel.BasicDataValidation | Excel.DateTimeDataValidation,
  env: FormulaEnv,
  offset: Offset,
): Promise<boolean> {
  const a = await operand(criteria.formula1, env, offset);
  const b = await operand(criteria.formula2, env, offset);
  if (typeof a !== "number") return false;
  const n2 = typeof b === "number" ? b : NaN;
  switch (criteria.operator) {
    case "Between":
      return value >= a && value <= n2;
    case "NotBetween":
      return value < a || value > n2;
    case "EqualTo":
      return value === a;
    case "NotEqualTo":
      return value !== a;
    case "GreaterThan":
      return value > a;
    case "LessThan":
      return value < a;
    case "GreaterThanOrEqualTo":
      return value >= a;
    case "LessThanOrEqualTo":
      return value <= a;
  }
  return false;
}

async function listItems(source: unknown, env: FormulaEnv, offset: Offset): Promise<CellValue[]> {
  if (typeof source === "object" && source !== null && "address" in source) {
    source = `=${String((source as { address: string }).address)}`;
  }
  const text = String(source ?? "");
  if (!text.startsWith("=")) return text.split(",").map((item) => item.trim());
  const value = await evaluate(parseFormula(text), env, offset);
  return Array.isArray(value) ? value.flat() : [value];
}

/** Whether `value`, sitting at `cell`, satisfies the spec — as Excel's "Circle Invalid Data" judges it. */
export async function isValid(
  spec: ValidationSpec,
  value: CellValue,
  cell: { row: number; column: number },
  env: FormulaEnv,
): Promise<boolean> {
  if (value === "" && spec.ignoreBlanks) return true;
  const offset = { rows: cell.row - spec.anchor.row, columns: cell.column - spec.anchor.column };
  const { rule } = spec;
  if (rule.wholeNumber) {
    return (
      typeof value === "number" &&
      Number.isInteger(value) &&
      compareWith(value, rule.wholeNumber, env, offset)
    );
  }
  if (rule.decimal) return typeof value === "number" && compareWith(value, rule.decimal, env, offset);
  if (rule.date) return typeof value === "number" && compareWith(value, rule.date, env, offset);
  if (rule.textLength) {
    if (isErrorValue(value)) return false;
    const length = (typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value)).length;
    return compareWith(length, rule.textLength, env, offset);
  }
  if (rule.list) {
    const items = await listItems(rule.list.source, env, offset);
    const wanted = String(value).toLowerCase();
    return items.some((item) => String(item).toLowerCase() === wanted);
  }
  if (rule.custom) {
    const result = await evaluate(parseFormula(rule.custom.formula), env, offset);
    return result === true || (typeof result === "number" && result !== 0);
  }
  return true;
}
