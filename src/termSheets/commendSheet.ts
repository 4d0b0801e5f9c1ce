import type { SummaryCell } from "../consolidatedSheet";
import { periodText, type Framework, type Period, type RankedUnit } from "../domain";
import { count, header, label, percentCell, PRINT, sectionAdder, source, type TermLayout } from "./cells";

export const COMMEND_SHEET = "Khen thưởng";

export interface CommendList {
  /** null: the term so far. */
  period: Period | null;
  units: readonly RankedUnit[];
}

/**
 * The units to commend, as tables the office pastes into its proposal: for the term, then each period,
 * the units that met every applicable target first, then everyone by share of targets met.
 */
export function commendLayout(
  fw: Framework,
  lists: readonly CommendList[],
  years: readonly number[],
): TermLayout {
  const rows: SummaryCell[][] = [];
  const section = sectionAdder(rows);
  const title = { vi: "Đơn vị đề nghị khen thưởng", en: "Units to commend" };
  rows.push(
    [label(title.vi, "title")],
    [
      label(
        `${title.en} — tỉ lệ = chỉ tiêu đạt / chỉ tiêu áp dụng (thiếu số liệu tính là chưa đạt; chưa đến hạn, không áp dụng không tính) / share = targets met / targets applicable (missing figures count as not met; not yet due and not applicable are left out)`,
        "subtitle",
      ),
    ],
  );
  const freezeRows = rows.length;
  const span = years.length ? `${years[0]}–${years[years.length - 1]}` : "";
  lists.forEach((list, n) => {
    const name = list.period
      ? periodText(fw, list.period)
      : { vi: `Nhiệm kỳ (các năm ${span})`, en: `The term (years ${span})` };
    section({ vi: `${n + 1}. ${name.vi.toUpperCase()}`, en: name.en });
    rows.push(
      header(
        "STT / No.",
        "Mã / Code",
        "Tên CĐCS / Unit",
        list.period
          ? "Đạt mọi chỉ tiêu / Met every target"
          : "Đạt mọi chỉ tiêu mọi năm / Met every target every year",
        "Chỉ tiêu đạt / Targets met",
        "Chỉ tiêu áp dụng / Applicable",
        "Tỉ lệ đạt / Share met",
        list.period ? "" : "Số năm / Years",
      ),
    );
    for (const u of list.units) {
      rows.push([
        count(u.rank),
        source(u.code),
        source(u.name),
        u.allMet ? label("Có / Yes", "met") : label("—"),
        count(u.met),
        count(u.applicable),
        percentCell(u.share),
        ...(list.period ? [] : [count(u.periods)]),
      ]);
    }
    if (!list.units.length) rows.push([{}, label("—")]);
  });
  return {
    name: COMMEND_SHEET,
    title,
    rows,
    columnWidths: [8, 10, 40, 18, 12, 12, 12, 10],
    freezeRows,
    print: PRINT,
    chart: null,
  };
}
