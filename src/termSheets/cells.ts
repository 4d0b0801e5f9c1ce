import { inertText, type SummaryCell, type SummaryStyle } from "../consolidatedSheet";
import {
  formatDateVi,
  statusText,
  type FieldDef,
  type FieldValue,
  type Framework,
  type Status,
  type Text,
} from "../domain";

/** A sheet of the term's workbook as a grid: adapters (exceljs, Office.js) only write it. */
export interface TermLayout {
  /** The sheet's name (≤ 31 characters). */
  name: string;
  title: Text;
  rows: SummaryCell[][];
  columnWidths: number[];
  freezeRows: number;
  print: { paperSize: "A4"; orientation: "landscape"; fitToWidth: 1 };
  /**
   * A line chart where the writer can draw one: series by row (`first`…`last`, names in column
   * `firstColumn - 1`), categories in the header row `first - 1`, columns `firstColumn`…`lastColumn`:
   * one block from (first - 1, firstColumn - 1).
   */
  chart: { title: string; first: number; last: number; firstColumn: number; lastColumn: number } | null;
}

export const PRINT = { paperSize: "A4", orientation: "landscape", fitToWidth: 1 } as const;

/** Text from a report, a file name or the history: written as inert text. */
export const source = (text: string, style: SummaryStyle = "source"): SummaryCell => ({
  value: inertText(text),
  style,
  numberFormat: "@",
});
/** Our own words (inert too: a threshold such as “= 0” would otherwise run). */
export const label = (text: string, style: SummaryStyle = "label"): SummaryCell => ({
  value: inertText(text),
  style,
});
export const both = (t: Text) => `${t.vi} / ${t.en}`;
export const header = (...texts: string[]): SummaryCell[] => texts.map((t) => label(t, "header"));
export const count = (n: number): SummaryCell => ({ value: n, style: "number", numberFormat: "#,##0" });
export const percentCell = (p: number | null, style: SummaryStyle = "number"): SummaryCell =>
  p === null ? { value: "—", style } : { value: p / 100, style, numberFormat: "0.00%" };
export const statusCell = (s: Status): SummaryCell => ({ value: both(statusText(s)), style: s });

const fieldMaps = new WeakMap<Framework, Map<string, FieldDef>>();
const fieldsOf = (fw: Framework) => {
  let map = fieldMaps.get(fw);
  if (!map) fieldMaps.set(fw, (map = new Map(fw.fields.map((f) => [f.id, f]))));
  return map;
};

/** A field's value as a clerk would type it: numbers, Có/Không, a choice's label, a date as dd/mm/yyyy. */
export function valueCell(fw: Framework, fieldId: string, v: FieldValue | null | undefined): SummaryCell {
  if (v === null || v === undefined) return {};
  if (typeof v === "number") return count(v);
  if (typeof v === "boolean") return label(v ? "Có" : "Không");
  const field = fieldsOf(fw).get(fieldId);
  if (field?.kind === "choice") {
    const choice = fw.choices[field.choices ?? ""]?.find((c) => c.value === v);
    return source(choice?.label.vi ?? v);
  }
  if (field?.kind === "date") return source(formatDateVi(v));
  return source(v);
}

/** A section title after a blank row; returns the row of the title. */
export function sectionAdder(rows: SummaryCell[][]) {
  return (t: Text): number => {
    rows.push([]);
    rows.push([label(both(t), "section")]);
    return rows.length - 1;
  };
}
