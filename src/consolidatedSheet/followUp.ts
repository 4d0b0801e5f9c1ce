import type { Framework, QualityFlag, Text } from "../domain";
import { inertText } from "./inertText";
import type { SummaryCell } from "./layout";

export const FOLLOW_UP_TITLE: Text = { vi: "VIII. CẦN XEM LẠI", en: "For follow-up" };

const text = (value: string, style: SummaryCell["style"] = "label"): SummaryCell => ({
  value: inertText(value),
  style,
  numberFormat: "@",
});

/** A flagged value as the clerk typed it: a number, Có/Không, or a date as dd/mm/yyyy. */
function valueCell(v: QualityFlag["current"]): SummaryCell {
  if (v === null) return {};
  if (typeof v === "number") return { value: v, style: "number", numberFormat: "#,##0" };
  if (typeof v === "boolean") return text(v ? "Có" : "Không");
  return text(/^\d{4}-\d\d-\d\d$/.test(v) ? v.split("-").reverse().join("/") : v);
}

/**
 * The consolidated report's follow-up rows: per flag the unit, the figure, the two values and why, in
 * Vietnamese with the English under it. Flags never exclude a report; the rows say so when there is none.
 */
export function followUpRows(fw: Framework, flags: readonly QualityFlag[]): SummaryCell[][] {
  const rows: SummaryCell[][] = [
    ["Mã / Code", "Tên CĐCS / Unit", "Số liệu / Figure", "Trước / Before", "Nay / Now", "Lý do / Why"].map(
      (h) => text(h, "header"),
    ),
  ];
  for (const f of flags) {
    const field = fw.fields.find((x) => x.id === f.field)?.label ?? { vi: f.field, en: f.field };
    rows.push([
      text(f.unitCode, "source"),
      text(f.unitName, "source"),
      text(`${field.vi} / ${field.en}`),
      valueCell(f.previous.value),
      valueCell(f.current),
      text(f.message.vi),
    ]);
    rows.push([{}, {}, {}, {}, {}, text(f.message.en, "note")]);
  }
  if (!flags.length) rows.push([{}, text("— (không có số liệu cần xem lại / nothing to follow up)")]);
  rows.push([
    {},
    text(
      "Chỉ để kiểm tra lại với đơn vị; không loại báo cáo nào / To check with the unit; no report is excluded",
      "note",
    ),
  ]);
  return rows;
}
