import type { SummaryCell } from "../consolidatedSheet";
import {
  periodText,
  provinceShape,
  statusText,
  thresholdText,
  type Framework,
  type ProvinceTargetResult,
  type Trends,
} from "../domain";
import { both, header, label, percentCell, PRINT, sectionAdder, source, type TermLayout } from "./cells";

export const TRENDS_SHEET = "Xu hướng";

/** The actual in its status colour, the status's words after it by number format: the cell stays a number. */
function actualCell(r: ProvinceTargetResult): SummaryCell {
  const words = `" · ${statusText(r.status).vi}"`;
  if (r.actual === null) return label(`— · ${statusText(r.status).vi}`, r.status);
  return r.unit === "percent"
    ? { value: r.actual / 100, style: r.status, numberFormat: `0.00%${words}` }
    : { value: r.actual, style: r.status, numberFormat: `#,##0${words}` };
}

/**
 * Every period of the term side by side: per target the province's result (actual, in the colour and
 * words of its status), per unit its share of targets met, then the chart's data (targets in percent).
 */
export function trendsLayout(fw: Framework, t: Trends): TermLayout {
  const rows: SummaryCell[][] = [];
  const section = sectionAdder(rows);
  const periods = t.periods.map((p) => periodText(fw, p));
  const title = {
    vi: `Kết quả qua các kỳ — nhiệm kỳ ${fw.term.start}–${fw.term.end}`,
    en: `Results across periods — term ${fw.term.start}–${fw.term.end}`,
  };
  rows.push([label(title.vi, "title")], [label(`${title.en} — ${fw.name.vi}`, "subtitle")]);
  const freezeRows = rows.length;

  section({ vi: "I. KẾT QUẢ TOÀN TỈNH THEO KỲ", en: "Province results by period" });
  rows.push(header("Mã / Code", "Chỉ tiêu / Target", "Mức / Threshold", ...periods.map(both)));
  for (const target of t.targets) {
    const def = fw.targets.find((x) => x.code === target.code)!;
    rows.push([
      label(target.code),
      label(def.text.vi),
      label(thresholdText(provinceShape(def))),
      ...target.byPeriod.map(actualCell),
    ]);
  }
  rows.push([
    {},
    label("Mỗi ô: kết quả thực hiện và đánh giá của kỳ / Each cell: the period's actual and status", "note"),
  ]);

  section({ vi: "II. TỪNG ĐƠN VỊ: TỈ LỆ CHỈ TIÊU ĐẠT", en: "Each unit: share of targets met" });
  rows.push(header("Mã / Code", "Tên CĐCS / Unit", "", ...periods.map(both)));
  for (const u of t.units) {
    rows.push([
      source(u.code),
      source(u.name),
      {},
      ...u.byPeriod.map((p) =>
        p
          ? percentCell(p.share, p.applicable && p.met === p.applicable ? "met" : "number")
          : label("—", "na"),
      ),
    ]);
  }

  section({ vi: "III. SỐ LIỆU BIỂU ĐỒ", en: "Chart data" });
  // An empty corner: Excel then reads the block's first row as categories and first column as series.
  rows.push(header("", "", "", ...periods.map(both)));
  const first = rows.length;
  for (const target of t.targets) {
    if (target.byPeriod[0]?.unit !== "percent") continue;
    // The code beside the figures: the chart's data is one block, series names in its first column.
    rows.push([{}, {}, label(target.code), ...target.byPeriod.map((r) => percentCell(r.actual))]);
  }
  const chart =
    rows.length > first && t.periods.length
      ? {
          title: `${title.vi} / ${title.en}`,
          first,
          last: rows.length - 1,
          firstColumn: 3,
          lastColumn: 2 + t.periods.length,
        }
      : null;
  if (chart)
    rows.push([
      {},
      label(
        "Biểu đồ đường vẽ từ khối này (nếu chưa có: chọn khối, Chèn › Biểu đồ đường) / The line chart is drawn from this block (if there is none: select it, Insert › Line chart)",
        "note",
      ),
    ]);

  return {
    name: TRENDS_SHEET,
    title,
    rows,
    columnWidths: [10, 50, 12, ...t.periods.map(() => 22)],
    freezeRows,
    print: PRINT,
    chart,
  };
}
