import { formatDateVi, type Framework, type QualityFlag, type Text } from "../domain";
import { inertText } from "./inertText";
import type { PaperCell } from "./looks";

/** Off paper, on the units' sheet: for the office to check with the units, not for the report it sends. */
export const FOLLOW_UP_TITLE: Text = { vi: "CẦN XEM LẠI (không in)", en: "FOR FOLLOW-UP (not printed)" };

const text = (value: string): PaperCell => ({
  value: inertText(value),
  style: "offPaper",
  numberFormat: "@",
});

/** A flagged value as the clerk typed it: a number, Có/Không, or a date as dd/mm/yyyy. */
function valueCell(v: QualityFlag["current"], say: (t: Text) => string): PaperCell {
  if (v === null) return {};
  if (typeof v === "number") return { value: v, style: "offPaper", numberFormat: "#,##0" };
  if (typeof v === "boolean") return text(say(v ? { vi: "Có", en: "Yes" } : { vi: "Không", en: "No" }));
  return text(formatDateVi(v));
}

/**
 * The follow-up rows, in the report's language: per flag the unit, the figure, the two values and why.
 * Flags never exclude a report; the rows say so, and say when there is nothing to follow up.
 */
export function followUpRows(
  fw: Framework,
  flags: readonly QualityFlag[],
  say: (t: Text) => string,
): PaperCell[][] {
  const header: Text[] = [
    { vi: "Mã", en: "Code" },
    { vi: "Tên CĐCS", en: "Unit" },
    { vi: "Số liệu", en: "Figure" },
    { vi: "Trước", en: "Before" },
    { vi: "Nay", en: "Now" },
    { vi: "Lý do", en: "Why" },
  ];
  const rows: PaperCell[][] = [header.map((h) => text(say(h)))];
  for (const f of flags) {
    const field = fw.fields.find((x) => x.id === f.field)?.label ?? { vi: f.field, en: f.field };
    rows.push([
      text(f.unitCode),
      text(f.unitName),
      text(say(field)),
      valueCell(f.previous.value, say),
      valueCell(f.current, say),
      text(say(f.message)),
    ]);
  }
  if (!flags.length)
    rows.push([{}, text(say({ vi: "— không có số liệu cần xem lại", en: "— nothing to follow up" }))]);
  rows.push([
    {},
    text(
      say({
        vi: "Chỉ để kiểm tra lại với đơn vị; không loại báo cáo nào.",
        en: "To check with the unit; no report is excluded.",
      }),
    ),
  ]);
  return rows;
}
