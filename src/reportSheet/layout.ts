import {
  cellAddress,
  columnLetters,
  type FieldDef,
  type RawCell,
  type Framework,
  provinceShape,
  thresholdText,
  unitShape,
} from "../domain";
import { actualFormula, addinStatusFormula, nativeStatusFormula } from "./formulas";
import { COLUMN_KEYS, FIELD_PREFIX, marker, TARGET_PREFIX, type ColumnKey } from "./keys";
import { validationFor, type InputValidation } from "./validation";

export type CellStyle =
  | "key"
  | "title"
  | "subtitle"
  | "section"
  | "header"
  | "label"
  | "input"
  | "computed"
  | "status"
  | "note"
  | "check";

export interface LayoutCell {
  value?: string | number | boolean;
  formula?: string;
  style?: CellStyle;
  /** Excel number format; "@" (text) for inputs whose content is text. */
  numberFormat?: string;
}

export interface LayoutInput {
  field: string;
  row: number;
  col: number;
  validation: InputValidation;
}

/** A report sheet as a grid: adapters (Office.js, exceljs, the fake) only write it. */
export interface ReportLayout {
  rows: LayoutCell[][];
  inputs: LayoutInput[];
  /** Widths in characters, by column. */
  columnWidths: number[];
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Rows frozen at the top (the hidden key row and the title block). */
  freezeRows: number;
  columns: Record<ColumnKey, number>;
  /**
   * Marks invalid inputs without touching the clerk's own formatting: one conditional format over the
   * input column, true where the row's check cell (where the add-in writes the error) is not empty.
   */
  invalidMark: { range: string; formula: string; fill: string; fontColor: string };
}

export interface LayoutOptions {
  /** "addin": status through CHITIEU.STATUS; "native": plain Excel formulas for files without the add-in. */
  formulas: "addin" | "native";
  /** Values to pre-fill, by field id (an upgrade keeps what the clerk typed). */
  values?: Readonly<Record<string, RawCell>>;
}

const COLUMNS: Record<ColumnKey, number> = Object.fromEntries(
  COLUMN_KEYS.map((k, i) => [k, i + 1]),
) as Record<ColumnKey, number>;
const WIDTH = 1 + COLUMN_KEYS.length;
const SECTIONS: { id: FieldDef["section"]; title: string }[] = [
  { id: "header", title: "I. THÔNG TIN CHUNG" },
  { id: "base", title: "II. SỐ LIỆU CƠ BẢN" },
  { id: "activity", title: "III. SỐ LIỆU HOẠT ĐỘNG" },
];

const row = (cells: Partial<Record<ColumnKey, LayoutCell>>, key?: string): LayoutCell[] => {
  const out: LayoutCell[] = Array.from({ length: WIDTH }, () => ({}));
  if (key !== undefined) out[0] = { value: key, style: "key" };
  for (const [k, cell] of Object.entries(cells)) out[COLUMNS[k as ColumnKey]] = cell;
  return out;
};

/** Text inputs, and any pre-filled text, are stored as text: kept as typed, never run as a formula. */
function inputFormat(field: FieldDef, value: LayoutCell["value"]): string | undefined {
  if (field.kind === "text" || typeof value === "string") return "@";
  return field.kind === "date" ? "dd/mm/yyyy" : undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function prefilled(value: RawCell): LayoutCell["value"] | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? value
    : undefined;
}

const keysOf = new WeakMap<Framework, string[]>();

/** The keys of the template's field and target rows, top to bottom. */
export function templateKeys(fw: Framework): string[] {
  let keys = keysOf.get(fw);
  if (!keys) {
    keys = reportLayout(fw, { formulas: "addin" })
      .rows.map((r) => r[0].value)
      .filter((k): k is string => typeof k === "string" && k.startsWith(FIELD_PREFIX));
    keysOf.set(fw, keys);
  }
  return keys;
}

/** The framework's report template: header, base figures, activity figures, then every target. */
export function reportLayout(fw: Framework, options: LayoutOptions): ReportLayout {
  const rows: LayoutCell[][] = [];
  const inputs: LayoutInput[] = [];
  const keyRow = row(
    Object.fromEntries(COLUMN_KEYS.map((k) => [k, { value: k, style: "key" as const }])),
    marker(fw.id, fw.version),
  );
  rows.push(keyRow);
  rows.push(row({ code: { value: "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU", style: "title" } }));
  rows.push(row({ code: { value: fw.name.vi, style: "subtitle" } }));
  const freezeRows = rows.length;
  const fieldRows = new Map<string, number>();

  for (const section of SECTIONS) {
    rows.push(row({}));
    rows.push(row({ code: { value: section.title, style: "section" } }));
    fw.fields
      .filter((f) => f.section === section.id)
      .forEach((field, i) => {
        const r = rows.length;
        const text = field.kind === "text";
        const value = prefilled(options.values?.[field.id]);
        rows.push(
          row(
            {
              code: { value: i + 1, style: "label" },
              label: { value: field.label.vi + (field.required ? " *" : ""), style: "label" },
              value: {
                value: text && value !== undefined ? String(value) : value,
                style: "input",
                numberFormat: inputFormat(field, value),
              },
              note: { value: field.label.en, style: "note" },
              check: { style: "check" },
            },
            `${FIELD_PREFIX}${field.id}`,
          ),
        );
        fieldRows.set(field.id, r);
        inputs.push({ field: field.id, row: r, col: COLUMNS.value, validation: validationFor(fw, field) });
      });
  }

  rows.push(row({}));
  rows.push(row({ code: { value: "IV. CHỈ TIÊU", style: "section" } }));
  rows.push(
    row({
      code: { value: "Mã", style: "header" },
      label: { value: "Chỉ tiêu", style: "header" },
      threshold: { value: "Mức", style: "header" },
      actual: { value: "Thực hiện", style: "header" },
      status: { value: "Đánh giá", style: "header" },
      note: { value: "Ghi chú", style: "header" },
      check: { value: "Kiểm tra", style: "header" },
    }),
  );
  const ref = (id: string) => cellAddress(fieldRows.get(id)!, COLUMNS.value);
  const periodRef = cellAddress(fieldRows.get("period_kind")!, COLUMNS.value, true);
  for (const target of fw.targets) {
    const shape = unitShape(target.unit);
    const province =
      target.level === "province" ? ` — toàn tỉnh: ${thresholdText(provinceShape(target))} số CĐCS` : "";
    rows.push(
      row(
        {
          code: { value: target.code, style: "label", numberFormat: "@" },
          label: { value: target.text.vi, style: "label" },
          threshold: { value: thresholdText(shape), style: "computed" },
          actual: {
            formula: actualFormula(target, ref),
            style: "computed",
            numberFormat: shape.unit === "percent" ? "0.00%" : undefined,
          },
          status: {
            formula:
              options.formulas === "native"
                ? nativeStatusFormula(fw, target, ref, periodRef)
                : addinStatusFormula(target, ref, periodRef),
            style: "status",
          },
          note: { value: (target.period === "term" ? "Cả nhiệm kỳ" : "Hằng năm") + province, style: "note" },
        },
        `${TARGET_PREFIX}${target.code}`,
      ),
    );
  }
  const first = inputs[0].row;
  const last = inputs[inputs.length - 1].row;
  return {
    rows,
    inputs,
    columnWidths: [4, 7, 70, 18, 12, 12, 16, 40, 40],
    hiddenColumns: [0],
    hiddenRows: [0],
    freezeRows,
    columns: COLUMNS,
    invalidMark: {
      range: `${cellAddress(first, COLUMNS.value)}:${cellAddress(last, COLUMNS.value)}`,
      formula: `=$${columnLetters(COLUMNS.check)}${first + 1}<>""`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
  };
}
