import {
  periodText,
  provinceShape,
  statusText,
  thresholdText,
  type Consolidation,
  type Framework,
  type QualityFlag,
  type Status,
  type Text,
} from "../domain";
import { FOLLOW_UP_TITLE, followUpRows } from "./followUp";
import { inertText } from "./inertText";

export type SummaryStyle =
  "title" | "subtitle" | "section" | "header" | "label" | "source" | "number" | "note" | "error" | Status;

/** A cell of the consolidated sheet: values only, never a formula or a link. */
export interface SummaryCell {
  value?: string | number;
  style?: SummaryStyle;
  /** Excel number format: "@" (text) for every text that comes from a source. */
  numberFormat?: string;
}

export type SummarySection =
  "province" | "completeness" | "units" | "missing" | "duplicates" | "excluded" | "chart" | "followUp";

/** The consolidated report as a grid: adapters (exceljs, Office.js) only write it. */
export interface ConsolidatedLayout {
  title: Text;
  rows: SummaryCell[][];
  /** Widths in characters, by column. */
  columnWidths: number[];
  freezeRows: number;
  print: { paperSize: "A4"; orientation: "landscape"; fitToWidth: 1 };
  /** The row of each section's title, for readers and tests. */
  sections: Record<SummarySection, number>;
  /**
   * An attainment chart where the writer can draw one (Office.js can, exceljs cannot): bars of actual
   * and threshold for the targets measured in percent, from a data block of three columns (code,
   * actual, threshold) in rows `first`…`last`, with its header in the row before.
   */
  chart: { title: string; first: number; last: number } | null;
}

/** Fill and font colours of each look; the status bands follow Excel's own Good/Bad/Neutral styles. */
export const SUMMARY_LOOKS: Record<
  SummaryStyle,
  { bold?: boolean; italic?: boolean; size?: number; fill?: string; color?: string; wrap?: boolean }
> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "#595959" },
  section: { bold: true, fill: "#DDEBF7" },
  header: { bold: true, fill: "#D9D9D9", wrap: true },
  label: {},
  source: {},
  number: {},
  note: { italic: true, color: "#595959" },
  error: { color: "#9C0006" },
  met: { fill: "#C6EFCE", color: "#006100" },
  not_met: { fill: "#FFC7CE", color: "#9C0006" },
  na: { fill: "#EDEDED", color: "#595959" },
  missing: { fill: "#FFEB9C", color: "#9C5700" },
  pending: { fill: "#DDEBF7", color: "#1F4E78" },
};

const PERCENT = "0.00%";
const COUNT = "#,##0";

/** Text from a report, a file name or the registry: written as inert text. */
const source = (text: string, style: SummaryStyle = "source"): SummaryCell => ({
  value: inertText(text),
  style,
  numberFormat: "@",
});
/** Our own words; passed through inertText too, since a threshold such as “= 0” would otherwise run. */
const label = (text: string, style: SummaryStyle = "label"): SummaryCell => ({
  value: inertText(text),
  style,
});
/** A target code: text, or Excel reads “2.10” as the number 2.1. */
const code = (text: string): SummaryCell => ({ ...label(text), numberFormat: "@" });
const both = (t: Text) => `${t.vi} / ${t.en}`;
const count = (n: number): SummaryCell => ({ value: n, style: "number", numberFormat: COUNT });
const status = (s: Status): SummaryCell => ({ value: both(statusText(s)), style: s });
const dateText = (iso: string | null) => (iso ? iso.split("-").reverse().join("/") : "");

function actualCell(actual: number | null, unit: "percent" | "count" | "flag"): SummaryCell {
  if (actual === null) return { value: "—", style: "number" };
  return unit === "percent"
    ? { value: actual / 100, style: "number", numberFormat: PERCENT }
    : { value: actual, style: "number", numberFormat: COUNT };
}

/**
 * The consolidated report for the provincial office, from the domain's consolidation: the province's
 * result for every target, completeness, one row per unit, missing units, duplicates and excluded
 * reports with each error's cell and message; given the history's flags, what to follow up with the units.
 */
export function consolidatedLayout(
  fw: Framework,
  c: Consolidation,
  flags?: readonly QualityFlag[],
): ConsolidatedLayout {
  const rows: SummaryCell[][] = [];
  const add = (...cells: SummaryCell[]) => rows.push(cells);
  const blank = () => rows.push([]);
  const period = c.period ? periodText(fw, c.period) : { vi: "(chưa rõ kỳ)", en: "(unknown period)" };
  const title = { vi: `Tổng hợp ${period.vi}`, en: `Consolidation, ${period.en}` };
  const sections = {} as Record<SummarySection, number>;
  const section = (id: SummarySection, t: Text) => {
    blank();
    sections[id] = rows.length;
    add(label(both(t), "section"));
  };

  add(label(title.vi, "title"));
  add(label(`${title.en} — ${fw.name.vi}`, "subtitle"));
  const freezeRows = rows.length;

  section("completeness", { vi: "I. MỨC ĐỘ ĐẦY ĐỦ", en: "Completeness" });
  const expected = c.completeness.expected;
  add({}, label("Số đơn vị phải báo cáo / Units expected"), expected === null ? label("—") : count(expected));
  add({}, label("Số đơn vị đã báo cáo / Units reported"), count(c.completeness.received));
  add({}, label("Chưa báo cáo / Not reported"), count(c.missing.length));
  add({}, label("Báo cáo trùng / Duplicated units"), count(c.duplicates.length));
  add({}, label("Báo cáo bị loại / Excluded reports"), count(c.excluded.length));
  if (c.completeness.unregistered.length) {
    add(
      {},
      label("Không có trong danh sách đơn vị / Not in the registry"),
      source(c.completeness.unregistered.join(", ")),
    );
  }

  section("province", { vi: "II. KẾT QUẢ TOÀN TỈNH", en: "Province results" });
  add(
    ...[
      "Mã / Code",
      "Chỉ tiêu / Target",
      "Mức / Threshold",
      "Thực hiện / Actual",
      "Đánh giá / Status",
      "Số CĐCS đã xác định / Units decided",
      "Đạt / Met",
      "Không áp dụng / N/A",
      "Thiếu số liệu / Missing",
      "Ghi chú / Note",
    ].map((h) => label(h, "header")),
  );
  for (const r of c.province.targets) {
    const target = fw.targets.find((t) => t.code === r.code)!;
    add(
      code(r.code),
      label(target.text.vi),
      label(thresholdText(provinceShape(target))),
      actualCell(r.actual, r.unit),
      status(r.status),
      count(r.decided),
      count(r.met),
      count(r.na),
      count(r.missing),
      label([r.summary.vi, r.reason?.vi].filter(Boolean).join(" — "), "note"),
    );
  }

  section("units", { vi: "III. KẾT QUẢ TỪNG ĐƠN VỊ", en: "Results by unit" });
  const figures = fw.fields.filter((f) => f.section === "base");
  add(
    label("Mã / Code", "header"),
    label("Tên CĐCS / Unit", "header"),
    label("Ngày báo cáo / Report date", "header"),
    ...figures.map((f) => label(`${f.label.vi} / ${f.label.en}`, "header")),
    ...fw.targets.map((t) => label(t.code, "header")),
    label("Trong danh sách / Registered", "header"),
    label("Nguồn / Source", "header"),
  );
  for (const u of c.units) {
    add(
      source(u.code),
      source(u.name),
      source(dateText(u.reportDate)),
      ...figures.map((f) => {
        const v = u.values[f.id];
        return typeof v === "number" ? count(v) : {};
      }),
      ...u.targets.map((t) => ({ value: statusText(t.status).vi, style: t.status })),
      label(u.registered ? "Có" : "Không"),
      source(u.source),
    );
  }

  section("missing", { vi: "IV. ĐƠN VỊ CHƯA BÁO CÁO", en: "Units that have not reported" });
  add(label("Mã / Code", "header"), label("Tên CĐCS / Unit", "header"));
  for (const m of c.missing) add(source(m.code), source(m.name));
  if (!c.missing.length)
    add({}, label(expected === null ? "(không có danh sách đơn vị / no registry given)" : "—"));

  section("duplicates", { vi: "V. BÁO CÁO TRÙNG", en: "Duplicate reports" });
  add(
    ...["Mã / Code", "Nguồn / Source", "Ngày báo cáo / Report date", "Giữ / Kept", "Lý do / Reason"].map(
      (h) => label(h, "header"),
    ),
  );
  for (const d of c.duplicates) {
    add(
      source(d.unitCode),
      source(d.kept.source),
      source(dateText(d.kept.reportDate)),
      label("Giữ / Kept"),
      source(d.reason.vi),
    );
    d.dropped.forEach((x, i) =>
      add(
        {},
        source(x.source),
        source(dateText(x.reportDate)),
        label("Bỏ / Dropped"),
        i === 0 ? source(d.reason.en, "note") : {},
      ),
    );
    if (!d.dropped.length) add({}, {}, {}, {}, source(d.reason.en, "note"));
  }
  if (!c.duplicates.length) add({}, label("—"));

  section("excluded", { vi: "VI. BÁO CÁO BỊ LOẠI", en: "Excluded reports" });
  add(...["Mã / Code", "Nguồn / Source", "Ô / Cell", "Lỗi / Error"].map((h) => label(h, "header")));
  for (const e of c.excluded) {
    const code = source(e.unitCode ?? "");
    add(code, source(e.source), {}, source(e.message.vi, "error"));
    add({}, {}, {}, source(e.message.en, "note"));
    for (const err of e.errors) {
      add({}, {}, source(err.cell ?? ""), source(err.message.vi, "error"));
      add({}, {}, {}, source(err.message.en, "note"));
    }
  }
  if (!c.excluded.length) add({}, label("—"));

  section("chart", { vi: "VII. SỐ LIỆU BIỂU ĐỒ MỨC ĐẠT", en: "Attainment chart data" });
  add(...["Mã / Code", "Thực hiện / Actual", "Mức / Threshold"].map((h) => label(h, "header")));
  const first = rows.length;
  for (const r of c.province.targets) {
    if (r.unit !== "percent" || r.actual === null) continue;
    add(code(r.code), actualCell(r.actual, r.unit), actualCell(r.threshold, r.unit));
  }
  const chart =
    rows.length > first
      ? { title: `Mức đạt toàn tỉnh — ${title.vi} / ${title.en}`, first, last: rows.length - 1 }
      : null;
  if (!chart) add({}, label("—"));
  if (flags) {
    section("followUp", FOLLOW_UP_TITLE);
    rows.push(...followUpRows(fw, flags));
  }

  return {
    title,
    rows,
    columnWidths: [
      10,
      50,
      14,
      14,
      20,
      ...Array<number>(figures.length + fw.targets.length - 2).fill(11),
      14,
      40,
    ],
    freezeRows,
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: 1 },
    sections,
    chart,
  };
}
