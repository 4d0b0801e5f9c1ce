import type { SummaryCell } from "../consolidatedSheet";
import { periodText, type Framework, type QualityFlag, type QualityFlagKind } from "../domain";
import { both, count, header, label, PRINT, sectionAdder, source, valueCell, type TermLayout } from "./cells";

export const FLAGS_SHEET = "Theo dõi số liệu";

const KINDS: Record<QualityFlagKind, { vi: string; en: string }> = {
  jump: { vi: "Tăng đột biến", en: "Sharp rise" },
  fall: { vi: "Giảm đột biến", en: "Sharp fall" },
  yes_to_no: { vi: "“Có” thành “Không”", en: "“Yes” turned “no”" },
  late: { vi: "Báo cáo trễ hạn", en: "Late report" },
};

/** Figures to follow up with the units (never errors: every report stays in the results), by unit. */
export function flagsLayout(fw: Framework, flags: readonly QualityFlag[], factor: number): TermLayout {
  const rows: SummaryCell[][] = [];
  const section = sectionAdder(rows);
  const title = { vi: "Số liệu cần kiểm tra lại", en: "Figures to follow up" };
  rows.push(
    [label(title.vi, "title")],
    [
      label(
        `${title.en} — so với báo cáo kỳ trước của đơn vị, hệ số ${factor}; không loại báo cáo nào / against the unit's previous report, factor ${factor}; no report is excluded`,
        "subtitle",
      ),
    ],
  );
  const freezeRows = rows.length;

  section({ vi: "I. SỐ LƯỢNG THEO LOẠI", en: "Count by kind" });
  for (const kind of Object.keys(KINDS) as QualityFlagKind[])
    rows.push([{}, label(both(KINDS[kind])), count(flags.filter((f) => f.kind === kind).length)]);

  section({ vi: "II. TỪNG ĐƠN VỊ", en: "By unit" });
  rows.push(
    header(
      "Mã / Code",
      "Tên CĐCS / Unit",
      "Kỳ / Period",
      "Loại / Kind",
      "Số liệu / Figure",
      "Kỳ trước hoặc hạn / Previous or deadline",
      "Giá trị trước / Before",
      "Giá trị nay / Now",
      "Ghi chú / Note",
    ),
  );
  for (const f of flags) {
    const field = fw.fields.find((x) => x.id === f.field);
    const before = f.previous.period ? periodText(fw, f.previous.period).vi : "Hạn báo cáo / Deadline";
    rows.push([
      source(f.unitCode),
      source(f.unitName),
      label(periodText(fw, f.period).vi),
      label(both(KINDS[f.kind])),
      label(field ? field.label.vi : f.field),
      label(before),
      valueCell(fw, f.field, f.previous.value),
      valueCell(fw, f.field, f.current),
      label(f.message.vi),
    ]);
    rows.push([{}, {}, {}, {}, {}, {}, {}, {}, label(f.message.en, "note")]);
  }
  if (!flags.length) rows.push([{}, label("—")]);

  return {
    name: FLAGS_SHEET,
    title,
    rows,
    columnWidths: [10, 32, 12, 18, 24, 16, 12, 12, 60],
    freezeRows,
    print: PRINT,
    chart: null,
  };
}
