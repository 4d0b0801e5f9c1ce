import type ExcelJS from "exceljs";
import { dateSerial, type ValidationSpec } from "../../fake-excel/validation";

// Data validation between Excel's file (exceljs' model of <dataValidation>) and Office.js' shape, which
// the in-memory Excel keeps. Operators and styles are the same words in two spellings.

const OPERATORS: Record<string, Excel.DataValidationOperator | `${Excel.DataValidationOperator}`> = {
  between: "Between",
  notBetween: "NotBetween",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
};
const FILE_OPERATORS = Object.fromEntries(Object.entries(OPERATORS).map(([k, v]) => [v, k]));

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

const STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;
const FILE_STYLES = { Stop: "stop", Warning: "warning", Information: "information" } as const;

/** A formula operand from the file: a number, a date, or a formula (kept with its "="). */
function operand(value: unknown): string | number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return value;
  const text = String(value);
  return Number.isFinite(Number(text)) ? Number(text) : `=${text.replace(/^=/, "")}`;
}

/** The file's operand: numbers as numbers, date text as its serial, formulas without "=". */
function fileOperand(value: unknown): string | number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "number") return value;
  const text = String(value);
  return dateSerial(text) ?? (Number.isFinite(Number(text)) ? Number(text) : text.replace(/^=/, ""));
}

function ruleOf(v: ExcelJS.DataValidation): Excel.DataValidationRule | undefined {
  const [f1, f2] = (v.formulae ?? []) as unknown[];
  const basic = {
    operator: OPERATORS[v.operator ?? "between"] ?? "Between",
    formula1: operand(f1) ?? "",
    formula2: operand(f2),
  } as Excel.BasicDataValidation;
  switch (v.type) {
    case "list": {
      const source = String(f1 ?? "");
      const inline = /^"(.*)"$/.exec(source);
      return { list: { inCellDropDown: true, source: inline ? inline[1] : `=${source.replace(/^=/, "")}` } };
    }
    case "whole":
      return { wholeNumber: basic };
    case "decimal":
      return { decimal: basic };
    case "date":
      return { date: basic as Excel.DateTimeDataValidation };
    case "textLength":
      return { textLength: basic };
    case "custom":
      return { custom: { formula: `=${String(f1 ?? "").replace(/^=/, "")}` } };
    default:
      return undefined;
  }
}

/** A file's validation as the in-memory Excel keeps it, anchored at the top-left cell of its range. */
export function specOf(
  v: ExcelJS.DataValidation,
  anchor: { row: number; column: number },
): ValidationSpec | undefined {
  const rule = ruleOf(v);
  if (!rule) return undefined;
  return {
    rule,
    anchor,
    ignoreBlanks: Boolean(v.allowBlank),
    prompt: { showPrompt: Boolean(v.showInputMessage), title: v.promptTitle ?? "", message: v.prompt ?? "" },
    errorAlert: {
      showAlert: Boolean(v.showErrorMessage),
      style: STYLES[(v.errorStyle ?? "stop") as keyof typeof STYLES] ?? "Stop",
      title: v.errorTitle ?? "",
      message: v.error ?? "",
    },
  };
}

/** The in-memory validation as the file writes it. */
export function fileValidationOf(spec: ValidationSpec): ExcelJS.DataValidation | undefined {
  const { rule } = spec;
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.date ?? rule.textLength;
  const common = {
    allowBlank: spec.ignoreBlanks,
    showInputMessage: spec.prompt.showPrompt,
    promptTitle: spec.prompt.title,
    prompt: spec.prompt.message,
    showErrorMessage: spec.errorAlert.showAlert,
    errorStyle: FILE_STYLES[spec.errorAlert.style as keyof typeof FILE_STYLES] ?? "stop",
    errorTitle: spec.errorAlert.title,
    error: spec.errorAlert.message,
  };
  if (rule.list) {
    const source = String(rule.list.source ?? "");
    return { ...common, type: "list", formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`] };
  }
  if (rule.custom) return { ...common, type: "custom", formulae: [rule.custom.formula.replace(/^=/, "")] };
  if (!basic) return undefined;
  const type = rule.wholeNumber ? "whole" : rule.decimal ? "decimal" : rule.date ? "date" : "textLength";
  const operands = [fileOperand(basic.formula1), fileOperand(basic.formula2)].filter((f) => f !== undefined);
  // exceljs writes a date rule's operands from Date objects (it reads them back as dates).
  const formulae = rule.date
    ? operands.map((f) => (typeof f === "number" ? new Date(EPOCH + f * DAY_MS) : f))
    : operands;
  return {
    ...common,
    type,
    operator: FILE_OPERATORS[basic.operator] as ExcelJS.DataValidationOperator,
    formulae,
  } as ExcelJS.DataValidation;
}
