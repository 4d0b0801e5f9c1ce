import type { SummaryCell } from "../consolidatedSheet";
import {
  periodText,
  provinceShape,
  statusText,
  thresholdText,
  type Framework,
  type Review,
  type TargetResult,
} from "../domain";
import {
  both,
  count,
  header,
  label,
  percentCell,
  PRINT,
  sectionAdder,
  source,
  valueCell,
  type TermLayout,
} from "./cells";

function actualCell(r: Pick<TargetResult, "actual" | "unit" | "status">): SummaryCell {
  if (r.unit === "percent") return percentCell(r.actual, r.status);
  return r.actual === null ? label("—", r.status) : { ...count(r.actual), style: r.status };
}

/** “Sơ kết 2025” / “Tổng kết 2028”. */
export function reviewSheetName(review: Review): string {
  return `${review.period.kind === "endterm" ? "Tổng kết" : "Sơ kết"} ${review.period.year}`;
}

/**
 * The mid-term or end-of-term review: term targets judged on the term's figures (province, then each
 * unit with where its figures come from), yearly targets as years met, and where a unit's own review
 * report disagrees with its years.
 */
export function reviewLayout(fw: Framework, review: Review): TermLayout {
  const rows: SummaryCell[][] = [];
  const section = sectionAdder(rows);
  const name = periodText(fw, review.period);
  const span = review.years.length ? `${review.years[0]}–${review.years[review.years.length - 1]}` : "—";
  const title = {
    vi: `${name.vi}: kết quả từ các năm ${span}`,
    en: `${name.en}: results from the years ${span}`,
  };
  rows.push([label(title.vi, "title")], [label(`${title.en} — ${fw.name.vi}`, "subtitle")]);
  const freezeRows = rows.length;
  const termIndex = review.termTargets.map((code) => fw.targets.findIndex((t) => t.code === code));

  section({ vi: "I. CHỈ TIÊU CẢ NHIỆM KỲ — TOÀN TỈNH", en: "Term targets — province" });
  rows.push(
    header(
      "Mã / Code",
      "Chỉ tiêu / Target",
      "Mức / Threshold",
      "Thực hiện / Actual",
      "Đánh giá / Status",
      "Đạt / Met",
      "Số CĐCS đã xác định / Units decided",
      "Ghi chú / Note",
    ),
  );
  for (const i of termIndex) {
    const r = review.consolidation.province.targets[i];
    const def = fw.targets[i];
    rows.push([
      label(r.code),
      label(def.text.vi),
      label(thresholdText(provinceShape(def))),
      actualCell(r),
      { value: both(statusText(r.status)), style: r.status },
      count(r.met),
      count(r.decided),
      label(r.reason ? both(r.reason) : def.text.en, "note"),
    ]);
  }

  section({ vi: "II. CHỈ TIÊU CẢ NHIỆM KỲ — TỪNG ĐƠN VỊ", en: "Term targets — each unit" });
  rows.push(
    header(
      "Mã / Code",
      "Tên CĐCS / Unit",
      "Căn cứ / Basis",
      ...review.termTargets.flatMap((c) => [`${c}: thực hiện / actual`, `${c}: đánh giá / status`]),
    ),
  );
  for (const u of review.consolidation.units) {
    const basis =
      review.basis[u.code] === "own_report"
        ? "Báo cáo của đơn vị / The unit's own report"
        : "Từ các năm / From the years";
    rows.push([
      source(u.code),
      source(u.name),
      label(basis),
      ...termIndex.flatMap((i) => [
        actualCell(u.targets[i]),
        { value: statusText(u.targets[i].status).vi, style: u.targets[i].status },
      ]),
    ]);
  }

  section({ vi: "III. CHỈ TIÊU HẰNG NĂM — SỐ NĂM ĐẠT", en: "Yearly targets — years met" });
  rows.push(header("Mã / Code", "Chỉ tiêu / Target", "Toàn tỉnh đạt / Province met"));
  for (const p of review.provinceYears) {
    rows.push([
      label(p.code),
      label(fw.targets.find((t) => t.code === p.code)!.text.vi),
      label(`${p.met}/${p.judged} năm / years`, p.judged && p.met === p.judged ? "met" : "label"),
    ]);
  }
  rows.push([]);
  const yearlyCodes = review.provinceYears.map((p) => p.code);
  rows.push(header("Mã / Code", "Tên CĐCS / Unit", "Số năm báo cáo / Years reported", ...yearlyCodes));
  for (const u of review.yearly) {
    rows.push([
      source(u.unitCode),
      source(u.unitName),
      count(u.years),
      ...u.byTarget.map((t) =>
        label(`${t.met}/${t.judged}`, t.judged && t.met === t.judged ? "met" : "label"),
      ),
    ]);
  }
  rows.push([{}, label("“2/3”: đạt 2 trong 3 năm được đánh giá / met in 2 of the 3 years judged", "note")]);

  section({
    vi: "IV. BÁO CÁO CỦA ĐƠN VỊ KHÁC SỐ LIỆU CÁC NĂM",
    en: "Where a unit's own report differs from its years",
  });
  rows.push(
    header(
      "Mã / Code",
      "Tên CĐCS / Unit",
      "Số liệu / Figure",
      "Từ các năm / From the years",
      "Báo cáo của đơn vị / Own report",
    ),
  );
  for (const d of review.disagreements) {
    const f = fw.fields.find((x) => x.id === d.field);
    rows.push([
      source(d.unitCode),
      source(d.unitName),
      label(f ? both(f.label) : d.field),
      valueCell(fw, d.field, d.fromYears),
      valueCell(fw, d.field, d.fromReport),
    ]);
  }
  if (!review.disagreements.length) rows.push([{}, label("—")]);

  return {
    name: reviewSheetName(review),
    title,
    rows,
    columnWidths: [
      10,
      40,
      26,
      ...Array<number>(Math.max(yearlyCodes.length, 2 * termIndex.length + 2)).fill(13),
    ],
    freezeRows,
    print: PRINT,
    chart: null,
  };
}
