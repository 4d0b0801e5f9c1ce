import { format, isDateFormat, isPercentFormat, parseValue } from "numfmt";
import type { Cell, CellValue } from "../fake-excel";

/** The workbook's locale: a Vietnamese Excel (decimal comma, "." between thousands, dd/mm/yyyy). */
const LOCALE = { locale: "vi" };
const TEXT_FORMAT = "@";

/** A cell's value as Excel vi-VN shows it under its number format: 1.234,5; 86,21%; 20/12/2025. */
export function cellText(cell: Pick<Cell, "value" | "numberFormat">): string {
  const { value, numberFormat } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || numberFormat === TEXT_FORMAT) return String(value);
  try {
    return format(numberFormat || "General", value, LOCALE);
  } catch {
    return format("General", value, LOCALE);
  }
}

/**
 * What a Vietnamese Excel makes of text typed into a cell: a number, percent, date or TRUE/FALSE read
 * the vi-VN way (`1.234` is 1234, `95,5` is 95.5, `20/12/2025` is a date), formulas and text as typed.
 * A text-formatted cell keeps the text. Typed into a General cell, a date or percent also gives the
 * cell its format, as Excel does.
 */
export function typedEntry(text: string, numberFormat: string): { value: CellValue; format?: string } {
  if (numberFormat === TEXT_FORMAT || text.startsWith("=") || text.trim() === "") return { value: text };
  const parsed = parseValue(text, LOCALE);
  if (!parsed) return { value: text };
  return numberFormat === "General" && parsed.z ? { value: parsed.v, format: parsed.z } : { value: parsed.v };
}

/** What the formula bar shows and F2 edits: the formula, or the value in the vi-VN way without grouping. */
export function editText(cell: Pick<Cell, "value" | "numberFormat" | "formula">): string {
  const { value, numberFormat, formula } = cell;
  if (formula !== undefined) return formula;
  if (typeof value !== "number" || numberFormat === TEXT_FORMAT) return cellText(cell);
  if (isDateFormat(numberFormat)) return format("dd/mm/yyyy", value, LOCALE);
  if (isPercentFormat(numberFormat)) return `${format("General", value * 100, LOCALE)}%`;
  return format("General", value, LOCALE);
}
