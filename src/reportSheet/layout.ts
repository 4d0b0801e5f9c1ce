import {
  cellAddress,
  columnLetters,
  type FieldDef,
  type RawCell,
  type Framework,
  type Target,
  provinceShape,
  thresholdText,
  unitShape,
} from "../domain";
import {
  DOCUMENT_MARGINS,
  documentFoot,
  documentHead,
  lineCount,
  PAGE_FOOTER,
  rowHeight,
  type DocumentBlock,
  type DocumentSettings,
  type Look,
  type Merge,
  type PrintSetup,
} from "../document";
import { reportTitle, unitSettings } from "./document";
import { actualFormula, addinStatusFormula, nativeStatusFormula } from "./formulas";
import { COLUMN_KEYS, FIELD_PREFIX, marker, TARGET_PREFIX, type ColumnKey } from "./keys";
import { validationFor, type InputValidation } from "./validation";

export type CellStyle =
  "key" | "section" | "code" | "header" | "label" | "input" | "computed" | "status" | "note" | "check";

export interface LayoutCell {
  value?: string | number | boolean;
  formula?: string;
  style?: CellStyle;
  /** A look of its own (the document's head and foot), instead of the style's. */
  look?: Look;
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
  /**
   * Rows frozen at the top: the hidden key row only. The document's head is too tall to freeze on
   * screen (it hid the inputs in a laptop's window); the table's header repeats on paper instead.
   */
  freezeRows: number;
  /** Merged cells (the document's head and foot), on sheet positions. */
  merges: Merge[];
  /** Row heights in points, by row; absent rows keep the sheet's default. */
  rowHeights: Record<number, number>;
  /** A4 portrait, fitted to the width, the table's header repeated, hint and check columns left out. */
  print: PrintSetup;
  /** The settings the head and foot were made from. */
  document: DocumentSettings;
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
  /**
   * The workbook's own document settings (its settings sheet, read over `unitSettings`); by default the
   * framework's, for the unit named in `values`.
   */
  document?: DocumentSettings;
}

const COLUMNS: Record<ColumnKey, number> = Object.fromEntries(
  COLUMN_KEYS.map((k, i) => [k, i + 1]),
) as Record<ColumnKey, number>;
const WIDTH = 1 + COLUMN_KEYS.length;
/**
 * Widths of the key column, then by COLUMN_KEYS. The printed columns (code to status) add up to 84
 * units, which fit the 165 mm between the decree's margins at 100 %, so 12 pt prints as 12 pt.
 */
const COLUMN_WIDTHS = [4, 5, 35, 12, 9, 9, 14, 40, 40];
const PRINTED = { first: COLUMNS.code, last: COLUMNS.status };
/** The document's head and foot: bodies and number over code and label, the rest on the right. */
const SPAN = {
  widths: COLUMN_WIDTHS.slice(PRINTED.first, PRINTED.last + 1),
  split: COLUMNS.value - PRINTED.first,
};
const BODY_SIZE = 12;
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

/** A document block's rows as layout rows from the first printed column, its merges and heights. */
function place(block: DocumentBlock, firstRow: number, heights: Record<number, number>, merges: Merge[]) {
  block.heights.forEach((h, i) => (heights[firstRow + i] = h));
  merges.push(...block.merges.map((m) => ({ ...m, row: m.row + firstRow, col: m.col + PRINTED.first })));
  return block.rows.map((cells) => {
    const out: LayoutCell[] = Array.from({ length: WIDTH }, () => ({}));
    cells.forEach((c, i) => (out[PRINTED.first + i] = { value: c.value, look: c.look }));
    return out;
  });
}

/** The height a row's wrapped texts (label and status) need, at the body size. */
function fittedHeight(cells: LayoutCell[], longestActual = ""): number {
  const lines = (key: ColumnKey, text: unknown, bold = false) =>
    typeof text === "string" ? lineCount(text, BODY_SIZE, COLUMN_WIDTHS[COLUMNS[key]], bold) : 1;
  return rowHeight(
    Math.max(
      lines("label", cells[COLUMNS.label].value),
      lines("status", cells[COLUMNS.status].value, true),
      lines("actual", longestActual),
    ),
    BODY_SIZE,
  );
}

/** The longest text a target's “Thực hiện” formula can show: a choice's longest label (“Hoàn thành …”). */
function longestActual(fw: Framework, target: Target): string {
  const rule = target.unit;
  if (rule.kind !== "choice") return "";
  const field = fw.fields.find((f) => f.id === rule.field);
  const labels = (fw.choices[field?.choices ?? ""] ?? []).map((c) => c.label.vi);
  return labels.reduce((a, b) => (b.length > a.length ? b : a), "");
}

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
  const heights: Record<number, number> = {};
  const merges: Merge[] = [];
  const settings = options.document ?? unitSettings(fw, options.values);
  rows.push(
    ...place(documentHead(settings, reportTitle(fw, options.values), SPAN), rows.length, heights, merges),
  );
  const headerRow = rows.length;
  rows.push(
    row({
      code: { value: "Mã", style: "header" },
      label: { value: "Nội dung", style: "header" },
      value: { value: "Số liệu", style: "header" },
      threshold: { value: "Mức", style: "header" },
      actual: { value: "Thực hiện", style: "header" },
      status: { value: "Đánh giá", style: "header" },
      note: { value: "Ghi chú / Notes", style: "header" },
      check: { value: "Kiểm tra", style: "header" },
    }),
  );
  const freezeRows = 1;
  const fieldRows = new Map<string, number>();

  const sectionRow = (title: string) => {
    merges.push({ row: rows.length, col: PRINTED.first, rows: 1, cols: PRINTED.last - PRINTED.first + 1 });
    rows.push(row({ code: { value: title, style: "section" } }));
  };
  for (const section of SECTIONS) {
    sectionRow(section.title);
    fw.fields
      .filter((f) => f.section === section.id)
      .forEach((field, i) => {
        const r = rows.length;
        const text = field.kind === "text";
        const value = prefilled(options.values?.[field.id]);
        rows.push(
          row(
            {
              code: { value: i + 1, style: "code" },
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

  sectionRow("IV. CHỈ TIÊU");
  const ref = (id: string) => cellAddress(fieldRows.get(id)!, COLUMNS.value);
  const periodRef = cellAddress(fieldRows.get("period_kind")!, COLUMNS.value, true);
  for (const target of fw.targets) {
    const shape = unitShape(target.unit);
    const province =
      target.level === "province" ? ` — toàn tỉnh: ${thresholdText(provinceShape(target))} số CĐCS` : "";
    rows.push(
      row(
        {
          code: { value: target.code, style: "code", numberFormat: "@" },
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
  for (let r = headerRow; r < rows.length; r++) {
    const target = fw.targets.find((t) => rows[r][0].value === `${TARGET_PREFIX}${t.code}`);
    heights[r] = fittedHeight(rows[r], target ? longestActual(fw, target) : "");
  }
  rows.push(...place(documentFoot(settings, SPAN), rows.length, heights, merges));
  const first = inputs[0].row;
  const last = inputs[inputs.length - 1].row;
  return {
    rows,
    inputs,
    columnWidths: COLUMN_WIDTHS,
    hiddenColumns: [0],
    hiddenRows: [0],
    freezeRows,
    merges,
    rowHeights: heights,
    document: settings,
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      area: { firstRow: 1, lastRow: rows.length - 1, firstCol: PRINTED.first, lastCol: PRINTED.last },
      titleRows: { first: headerRow, last: headerRow },
      margins: DOCUMENT_MARGINS,
      footer: PAGE_FOOTER,
    },
    columns: COLUMNS,
    invalidMark: {
      range: `${cellAddress(first, COLUMNS.value)}:${cellAddress(last, COLUMNS.value)}`,
      formula: `=$${columnLetters(COLUMNS.check)}${first + 1}<>""`,
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
  };
}
