import type ExcelJS from "exceljs";
import type { RawCell } from "../domain";

// No Node import here: the task pane uses this in the browser with exceljs' in-memory reader.

export type ExcelValue = ExcelJS.CellValue | { sharedFormula: string; result?: unknown } | undefined;

/** A cell's value as the domain takes it: formulas give their cached result, links and rich text their text. */
export function rawOf(value: ExcelValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isNaN(value) ? { error: "#…" } : value;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    // exceljs' stream reader turns an error result into NaN: the error code itself is not kept.
    return result === undefined ? null : rawOf(result as ExcelValue);
  }
  if ("hyperlink" in value) return rawOf(value.text as ExcelValue);
  if ("text" in value) return rawOf((value as { text: ExcelValue }).text);
  return null;
}
