import type { FieldDef } from "./frameworkSchema";
import { formatNumberVi } from "./present";
import type { DomainError, Text } from "./types";

/** A value quoted in a message, cut when long: a message never carries a whole 1 MB cell. */
function shown(value: unknown): string {
  if (typeof value !== "string") return String(value);
  return value.length > 80 ? `“${value.slice(0, 80)}…” (${value.length})` : `“${value}”`;
}

function fieldError(field: FieldDef, code: string, vi: string, en: string): DomainError {
  return {
    code,
    field: field.id,
    message: { vi: `${field.label.vi}: ${vi}`, en: `${field.label.en}: ${en}` },
  };
}

export const errors = {
  excelError: (f: FieldDef, excel: string) =>
    fieldError(f, "excel_error", `ô đang có lỗi Excel ${excel}`, `the cell holds the Excel error ${excel}`),
  uncalculated: (f: FieldDef) =>
    fieldError(
      f,
      "formula_without_value",
      "ô có công thức nhưng tệp không lưu kết quả: hãy mở bằng Excel để tính lại rồi lưu",
      "the cell holds a formula saved without its result: open the file in Excel to recalculate, then save",
    ),
  notNumber: (f: FieldDef, raw: unknown) =>
    fieldError(f, "not_number", `${shown(raw)} không phải là số`, `${shown(raw)} is not a number`),
  negative: (f: FieldDef, n: number) =>
    fieldError(f, "negative", `số lượng không được âm (${n})`, `a count cannot be negative (${n})`),
  notWhole: (f: FieldDef, n: number) =>
    fieldError(f, "not_whole", `số lượng phải là số nguyên (${n})`, `a count must be a whole number (${n})`),
  percentInCount: (f: FieldDef, raw: unknown) =>
    fieldError(
      f,
      "percent_in_count",
      `nhập số lượng, không nhập tỉ lệ (${shown(raw)})`,
      `enter a count, not a percentage (${shown(raw)})`,
    ),
  notYesNo: (f: FieldDef, raw: unknown) =>
    fieldError(
      f,
      "not_yes_no",
      `chọn “Có” hoặc “Không” (${shown(raw)})`,
      `choose “Có” (yes) or “Không” (no) (${shown(raw)})`,
    ),
  notAChoice: (f: FieldDef, raw: unknown, options: Text[]) =>
    fieldError(
      f,
      "not_a_choice",
      `${shown(raw)} không có trong danh sách: ${options.map((o) => o.vi).join("; ")}`,
      `${shown(raw)} is not one of: ${options.map((o) => o.en).join("; ")}`,
    ),
  yearOutOfRange: (f: FieldDef, raw: unknown, start: number, end: number) =>
    fieldError(
      f,
      "year_out_of_range",
      `năm phải từ ${start} đến ${end} (${shown(raw)})`,
      `the year must be ${start}–${end} (${shown(raw)})`,
    ),
  notDate: (f: FieldDef, raw: unknown) =>
    fieldError(
      f,
      "not_date",
      `${shown(raw)} không phải là ngày (dd/mm/yyyy)`,
      `${shown(raw)} is not a date (dd/mm/yyyy)`,
    ),
  dateOutOfTerm: (f: FieldDef, raw: unknown, year: number, start: number, end: number) =>
    fieldError(
      f,
      "date_out_of_term",
      `${shown(raw)} là một ngày năm ${year}, ngoài nhiệm kỳ ${start}–${end}`,
      `${shown(raw)} is a date in the year ${year}, outside the term ${start}–${end}`,
    ),
  textTooLong: (f: FieldDef, length: number, limit: number) =>
    fieldError(
      f,
      "text_too_long",
      `chữ dài ${formatNumberVi(length)} ký tự, quá giới hạn ${formatNumberVi(limit)} ký tự một ô của Excel`,
      `the text is ${length.toLocaleString("en-US")} characters long, over Excel's limit of ${limit.toLocaleString("en-US")} per cell`,
    ),
  notText: (f: FieldDef, raw: unknown) =>
    fieldError(f, "not_text", `${shown(raw)} không phải là chữ`, `${shown(raw)} is not text`),
  required: (f: FieldDef) => fieldError(f, "required", "chưa nhập", "is required"),
  exceeds: (f: FieldDef, value: number, limit: FieldDef, limitValue: number) =>
    fieldError(
      f,
      "exceeds",
      `${value} lớn hơn ${limit.label.vi} (${limitValue})`,
      `${value} is more than ${limit.label.en} (${limitValue})`,
    ),
  unknownField: (id: string): DomainError => ({
    code: "unknown_field",
    field: id,
    message: { vi: `Không có trường “${id}” trong khung chỉ tiêu`, en: `The framework has no field “${id}”` },
  }),
};
