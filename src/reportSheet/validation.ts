import type { FieldDef, Framework, Text } from "../domain";

/** Excel's own data validation for an input cell: it keeps working in a file opened without the add-in. */
export type ValidationRule =
  | { kind: "whole"; min: number; max?: number }
  | { kind: "list"; options: string[] }
  | { kind: "date" }
  | { kind: "textLength"; max: number };

export interface InputValidation {
  rule: ValidationRule;
  prompt: Text;
  error: Text;
}

export const YES_NO = ["Có", "Không"];

export function validationFor(fw: Framework, field: FieldDef): InputValidation {
  const label = field.label.vi;
  switch (field.kind) {
    case "count":
      return {
        rule: { kind: "whole", min: 0 },
        prompt: {
          vi: `${label}: nhập số nguyên, không âm`,
          en: `${field.label.en}: a whole number, 0 or more`,
        },
        error: { vi: "Chỉ nhập số nguyên từ 0 trở lên.", en: "Enter a whole number, 0 or more." },
      };
    case "year":
      return {
        rule: { kind: "whole", min: fw.term.start, max: fw.term.end },
        prompt: {
          vi: `Năm từ ${fw.term.start} đến ${fw.term.end}`,
          en: `A year from ${fw.term.start} to ${fw.term.end}`,
        },
        error: {
          vi: `Năm phải từ ${fw.term.start} đến ${fw.term.end}.`,
          en: `The year must be ${fw.term.start}–${fw.term.end}.`,
        },
      };
    case "yes_no":
      return {
        rule: { kind: "list", options: YES_NO },
        prompt: {
          vi: `${label}: chọn Có hoặc Không`,
          en: `${field.label.en}: choose Có (yes) or Không (no)`,
        },
        error: { vi: "Chọn Có hoặc Không trong danh sách.", en: "Choose Có or Không from the list." },
      };
    case "choice": {
      const options = (fw.choices[field.choices ?? ""] ?? []).map((c) => c.label.vi);
      return {
        rule: { kind: "list", options },
        prompt: { vi: `${label}: chọn trong danh sách`, en: `${field.label.en}: choose from the list` },
        error: { vi: `Chọn một giá trị: ${options.join("; ")}.`, en: "Choose a value from the list." },
      };
    }
    case "date":
      return {
        rule: { kind: "date" },
        prompt: { vi: "Ngày báo cáo, dạng dd/mm/yyyy", en: "Report date, dd/mm/yyyy" },
        error: { vi: "Nhập một ngày hợp lệ (dd/mm/yyyy).", en: "Enter a valid date (dd/mm/yyyy)." },
      };
    case "text":
      return {
        rule: { kind: "textLength", max: 255 },
        prompt: { vi: label, en: field.label.en },
        error: { vi: "Tối đa 255 ký tự.", en: "At most 255 characters." },
      };
  }
}
