import {
  formatDateVi,
  periodText,
  provinceShape,
  provinceSummary,
  provinceThreshold,
  provinceTotals,
  statusLegend,
  statusMark,
  provinceStatusText,
  type Consolidation,
  type Framework,
  type QualityFlag,
  type Text,
} from "../domain";
import {
  defaultSettings,
  DOCUMENT_MARGINS,
  documentFoot,
  documentHead,
  PAGE_FOOTER,
  type DocumentBlock,
  type DocumentSettings,
  type PrintSetup,
} from "../document";
import { FOLLOW_UP_TITLE, followUpRows } from "./followUp";
import { inertText } from "./inertText";
import { spread, type PaperCell, type PaperStyle } from "./looks";
import { fittedHeights, type PaperSheet } from "./print";

type Language = keyof Text;

export type SummarySection =
  | "overview"
  | "totals"
  | "province"
  | "chart"
  | "missing"
  | "signature"
  | "units"
  | "duplicates"
  | "excluded"
  | "followUp";

/** The report's attainment chart: data in three columns (code, actual, threshold), rows `first`…`last`. */
export interface ChartPlace {
  title: string;
  /** The data's first column (off paper). */
  column: number;
  first: number;
  last: number;
  /** Empty rows left for the chart, from `top`, and their height in points. */
  top: number;
  rows: number;
  rowHeight: number;
  /** Width of the paper columns, in points, for an image drawn to fit them. */
  width: number;
}

/**
 * The province's consolidated report as a union document: a summary sheet for portrait A4 (letterhead,
 * what the province achieved, base totals, each target in the officer's words, the chart, units not
 * reported, signatures) and a table of units for landscape A4 (with, outside its print area, what a clerk
 * checks: report dates, sources, duplicates and excluded reports). Adapters (exceljs, Office.js) only
 * write it.
 */
export interface ConsolidatedLayout {
  title: Text;
  summary: PaperSheet;
  units: PaperSheet;
  /** The row of each section's title on its sheet, for readers and tests. */
  sections: Partial<Record<SummarySection, number>>;
  chart: ChartPlace | null;
}

export interface LayoutOptions {
  /** The one language on paper; Vietnamese unless English is chosen. */
  language?: Language;
  /** The letterhead and signatures (the workbook's settings sheet); the framework's defaults otherwise. */
  document?: DocumentSettings;
  /** Figures to follow up against the history: given, a section of their own on the units' sheet. */
  flags?: readonly QualityFlag[];
}

const PERCENT = "0.00%";
const COUNT = "#,##0";
/** Within portrait A4 less the decree's margins (30 + 15 mm) at 100 %: 7w + 5 pixels a column. */
const SUMMARY_WIDTHS = [6, 25, 13, 10, 11, 17];
/** Off paper: a spare column, then the chart's data. */
const SUMMARY_OFF_PAPER = [2, 8, 11, 11];
const UNIT_WIDTHS = { code: 7, name: 24, figure: 6.5, target: 3.3 };
const OFF_PAPER_WIDTHS = [12, 12, 40];
/** Exceljs and Excel: a column of width w is 7w + 5 pixels at 96 dpi. */
const columnPoints = (widths: readonly number[]) => widths.reduce((s, w) => s + (7 * w + 5) * 0.75, 0);

/** An annex in landscape keeps the decree's top and bottom margins and narrows the sides. */
const LANDSCAPE_MARGINS: PrintSetup["margins"] = { top: 20, bottom: 20, left: 20, right: 15 };

function printSetup(
  orientation: PrintSetup["orientation"],
  rows: number,
  columns: number,
  titleRow: number,
): PrintSetup {
  return {
    paper: "A4",
    orientation,
    fitToWidth: 1,
    area: { firstRow: 0, lastRow: rows - 1, firstCol: 0, lastCol: columns - 1 },
    titleRows: { first: titleRow, last: titleRow },
    footer: PAGE_FOOTER,
    margins: orientation === "portrait" ? DOCUMENT_MARGINS : LANDSCAPE_MARGINS,
  };
}

/**
 * A recipient line's leading dash as an en dash (“– Lưu: VT.”): a cell starting with “-” would be read as
 * a formula if retyped or exported, and an apostrophe would show on paper. Other text is made inert.
 */
const dashed = (text: string) => inertText(text.replace(/^-(?=\s)/, "–"));

/** Cells of one sheet being built, and the heights given by the document frame. */
class Sheet {
  rows: PaperCell[][] = [];
  heights = new Map<number, number>();
  /** The frame's head or foot: its merges become spans. */
  block = (b: DocumentBlock) => {
    b.rows.forEach((row, r) => {
      const at = this.rows.length;
      const empty = row.every((c) => c.value === undefined);
      this.rows.push(
        empty
          ? []
          : row.map((c, col) => {
              const merge = b.merges.find((m) => m.row === r && m.col === col);
              const cell: PaperCell = { value: c.value && dashed(c.value), look: c.look };
              return merge ? { ...cell, span: merge.cols } : c.value === undefined ? {} : cell;
            }),
      );
      this.heights.set(at, b.heights[r]);
    });
  };
  add = (...cells: PaperCell[]) => {
    this.rows.push(spread(cells));
    return this.rows.length - 1;
  };
  blank = () => this.rows.push([]);
}

/** Words the report writes in the chosen language; text from sources goes through `source`. */
function wordsIn(lang: Language) {
  const say = (t: Text) => t[lang];
  const words = (vi: string, en: string) => (lang === "vi" ? vi : en);
  const cell = (text: string, style: PaperStyle, span?: number): PaperCell => ({
    value: inertText(text),
    style,
    ...(span ? { span } : {}),
  });
  return { say, words, cell };
}
type Words = ReturnType<typeof wordsIn>;

/** Text from a report, a file name or the unit list: written as inert text. */
const source = (text: string, style: PaperStyle = "cellText", span?: number): PaperCell => ({
  value: inertText(text),
  style,
  numberFormat: "@",
  ...(span ? { span } : {}),
});
const count = (n: number, style: PaperStyle = "cellNumber"): PaperCell => ({
  value: n,
  style,
  numberFormat: COUNT,
});
/** A target code is text, or Excel reads “2.10” as the number 2.1. */
const code = (text: string, style: PaperStyle = "cellCode"): PaperCell => ({
  value: inertText(text),
  style,
  numberFormat: "@",
});
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function actualCell(actual: number | null, unit: "percent" | "count" | "flag"): PaperCell {
  if (actual === null) return { value: "—", style: "cellNumber" };
  return unit === "percent"
    ? { value: actual / 100, style: "cellNumber", numberFormat: PERCENT }
    : { value: actual, style: "cellNumber", numberFormat: COUNT };
}

function overviewSection(s: Sheet, w: Words, c: Consolidation, numbered: string): number {
  s.blank();
  const at = s.add(w.cell(`${numbered}. ${w.words("KẾT QUẢ CHUNG", "OVERALL RESULT")}`, "section", 6));
  s.add(w.cell(w.say(provinceSummary(c)), "strong", 6));
  const line = (label: string, value: PaperCell) => s.add({}, w.cell(label, "label", 2), value);
  const expected = c.completeness.expected;
  line(
    w.words("Số CĐCS phải báo cáo", "Units expected"),
    expected === null
      ? w.cell(w.words("chưa có danh sách", "no unit list"), "label")
      : count(expected, "number"),
  );
  line(w.words("Số CĐCS đã báo cáo", "Units reported"), count(c.completeness.received, "number"));
  line(w.words("Số CĐCS chưa báo cáo", "Units not reported"), count(c.missing.length, "number"));
  line(w.words("Báo cáo trùng", "Duplicated units"), count(c.duplicates.length, "number"));
  line(w.words("Báo cáo bị loại", "Excluded reports"), count(c.excluded.length, "number"));
  if (c.completeness.unregistered.length)
    s.add(
      {},
      w.cell(w.words("Không có trong danh sách đơn vị:", "Not in the unit list:"), "label", 2),
      source(c.completeness.unregistered.join(", "), "paragraph", 3),
    );
  return at;
}

function totalsSection(s: Sheet, w: Words, fw: Framework, c: Consolidation, numbered: string): number {
  s.blank();
  const at = s.add(
    w.cell(
      `${numbered}. ${w.words("SỐ LIỆU CƠ BẢN TOÀN TỈNH", "PROVINCE TOTALS OF THE BASE FIGURES")}`,
      "section",
      6,
    ),
  );
  s.add(
    w.cell(w.words("TT", "No."), "header"),
    w.cell(w.words("Chỉ số", "Figure"), "header", 2),
    w.cell(w.words("Tổng số", "Total"), "header"),
    w.cell(w.words("Số CĐCS có số liệu", "Units giving it"), "header", 2),
  );
  provinceTotals(fw, c).forEach((t, i) =>
    s.add(count(i + 1, "cellCenter"), w.cell(w.say(t.label), "cellText", 2), count(t.total), {
      ...count(t.units, "cellCenter"),
      span: 2,
    }),
  );
  return at;
}

function targetsSection(
  s: Sheet,
  w: Words,
  fw: Framework,
  c: Consolidation,
  numbered: string,
): { at: number; header: number } {
  s.blank();
  const at = s.add(
    w.cell(
      `${numbered}. ${w.words("KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU", "RESULT OF EACH TARGET")}`,
      "section",
      6,
    ),
  );
  const header = s.add(
    ...[
      w.words("Mã", "Code"),
      w.words("Chỉ tiêu", "Target"),
      w.words("Mức chỉ tiêu", "Threshold"),
      w.words("Thực hiện", "Actual"),
      w.words("Đánh giá", "Status"),
      w.words("Kết quả cụ thể", "Details"),
    ].map((h) => w.cell(h, "header")),
  );
  for (const r of c.province.targets) {
    const target = fw.targets.find((t) => t.code === r.code)!;
    s.add(
      code(r.code),
      w.cell(w.say(target.text), "cellText"),
      w.cell(w.say(provinceThreshold(fw, target, provinceShape(target))), "cellText"),
      actualCell(r.actual, r.unit),
      w.cell(w.say(provinceStatusText(r.status)), r.status),
      // A result not concluded says why in its words already (units not reported, figures missing).
      w.cell(
        [w.say(r.summary), r.status !== "missing" && r.reason && w.say(r.reason)].filter(Boolean).join(". "),
        "cellText",
      ),
    );
  }
  return { at, header };
}

const CHART_ROW_HEIGHT = 15;

/** The chart's data stands off paper, right of the printed columns (a spare column between). */
const CHART_DATA_COLUMN = SUMMARY_WIDTHS.length + 1;

function chartSection(s: Sheet, w: Words, c: Consolidation, title: Text, n: () => string): ChartPlace | null {
  const bars = c.province.targets.filter((r) => r.unit === "percent" && r.actual !== null);
  if (!bars.length) return null;
  s.blank();
  const heading = `${n()}. ${w.words(
    "BIỂU ĐỒ MỨC ĐẠT CÁC CHỈ TIÊU TÍNH THEO TỈ LỆ",
    "ATTAINMENT OF THE TARGETS MEASURED IN PERCENT",
  )}`;
  s.add(w.cell(heading, "section", 6));
  const top = s.rows.length;
  const rows = Math.max(bars.length + 1, Math.ceil((bars.length * 26 + 40) / (CHART_ROW_HEIGHT / 0.75)));
  const beside = (...cells: PaperCell[]) =>
    s.add(...Array.from({ length: CHART_DATA_COLUMN }, () => ({})), ...cells);
  beside(
    ...[w.words("Mã", "Code"), w.words("Thực hiện", "Actual"), w.words("Mức chỉ tiêu", "Threshold")].map(
      (h) => w.cell(h, "offPaper"),
    ),
  );
  const first = s.rows.length;
  for (const r of bars) {
    const off = (cell: PaperCell): PaperCell => ({ ...cell, style: "offPaper" });
    beside(off(code(r.code)), off(actualCell(r.actual, r.unit)), off(actualCell(r.threshold, r.unit)));
  }
  const last = s.rows.length - 1;
  while (s.rows.length < top + rows) s.blank();
  s.add(
    w.cell(
      w.words(
        "Cột xanh: tỉ lệ thực hiện; vạch đỏ: mức chỉ tiêu.",
        "Blue bar: actual rate; red mark: threshold.",
      ),
      "legend",
      6,
    ),
  );
  return {
    title: `${w.words("Mức đạt toàn tỉnh", "Province attainment")} — ${w.say(title)}`,
    column: CHART_DATA_COLUMN,
    first,
    last,
    top,
    rows,
    rowHeight: CHART_ROW_HEIGHT,
    width: columnPoints(SUMMARY_WIDTHS),
  };
}

/** Roman section numbers in order: I, II, III … */
function numbering(): () => string {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
  let i = 0;
  return () => roman[i++];
}

function missingSection(s: Sheet, w: Words, c: Consolidation, numbered: string): number {
  s.blank();
  const at = s.add(
    w.cell(`${numbered}. ${w.words("CÁC CĐCS CHƯA BÁO CÁO", "UNITS THAT HAVE NOT REPORTED")}`, "section", 6),
  );
  if (c.completeness.expected === null) {
    s.add(w.cell(w.words("Chưa có danh sách đơn vị.", "No unit list was given."), "paragraph", 6));
  } else if (!c.missing.length) {
    s.add(w.cell(w.words("Tất cả CĐCS đã báo cáo.", "Every unit has reported."), "paragraph", 6));
  } else {
    s.add(w.cell(w.words("Mã", "Code"), "header"), w.cell(w.words("Tên CĐCS", "Unit"), "header", 5));
    for (const m of c.missing) s.add(source(m.code, "cellCode"), source(m.name, "cellText", 5));
  }
  return at;
}

/** The summary sheet, portrait: what the province achieved, as a document to sign. */
function summarySheet(
  fw: Framework,
  c: Consolidation,
  w: Words,
  doc: DocumentSettings,
  period: Text,
  title: Text,
) {
  const s = new Sheet();
  const columns = SUMMARY_WIDTHS.length;
  const span = { widths: SUMMARY_WIDTHS, split: 2 };
  const subject = w.words(
    `Kết quả thực hiện các chỉ tiêu Chương trình hành động nhiệm kỳ ${fw.term.start} - ${fw.term.end}, ${lowerFirst(period.vi)}`,
    `Results of the targets of the action programme ${fw.term.start}–${fw.term.end}, ${lowerFirst(period.en)}`,
  );
  s.block(
    documentHead(
      doc,
      { kind: w.words("Báo cáo", "Report"), subject, year: c.period?.year ?? new Date().getFullYear() },
      span,
    ),
  );
  // The targets' table comes last: its header row is the one printed again at the top of each page.
  const n = numbering();
  const overview = overviewSection(s, w, c, n());
  const missing = missingSection(s, w, c, n());
  const chart = chartSection(s, w, c, title, n);
  const totals = totalsSection(s, w, fw, c, n());
  const targets = targetsSection(s, w, fw, c, n());
  const signature = s.rows.length;
  s.block(documentFoot(doc, span));
  const rowHeights = fittedHeights(s.rows, SUMMARY_WIDTHS).map((h, r) => s.heights.get(r) ?? h);
  if (chart) for (let i = 0; i < chart.rows; i++) rowHeights[chart.top + i] = chart.rowHeight;
  const sheet: PaperSheet = {
    rows: s.rows,
    columnWidths: [...SUMMARY_WIDTHS, ...SUMMARY_OFF_PAPER],
    rowHeights,
    freezeRows: 0,
    print: printSetup("portrait", s.rows.length, columns, targets.header),
  };
  return {
    sheet,
    chart,
    sections: {
      overview,
      totals,
      province: targets.at,
      chart: chart ? chart.top - 1 : undefined,
      missing,
      signature,
    },
  };
}

/** The units' table, landscape: figures and a mark per target, each unit on one row; a clerk's notes beside. */
function unitsSheet(
  fw: Framework,
  c: Consolidation,
  w: Words,
  period: Text,
  flags: readonly QualityFlag[] | undefined,
) {
  const s = new Sheet();
  const figures = fw.fields.filter((f) => f.section === "base");
  const paper = 2 + figures.length + fw.targets.length;
  s.add(w.cell(w.words("PHỤ LỤC", "ANNEX"), "docTitle", paper));
  s.add(
    w.cell(
      w.words(
        `KẾT QUẢ TỪNG CĐCS — ${period.vi.toUpperCase()}`,
        `RESULTS BY UNIT — ${period.en.toUpperCase()}`,
      ),
      "docSubtitle",
      paper,
    ),
  );
  const units = s.add(w.cell(w.say(statusLegend()), "legend", paper));
  const header = s.add(
    w.cell(w.words("Mã", "Code"), "header"),
    w.cell(w.words("Tên CĐCS", "Unit"), "header"),
    ...figures.map((f) => w.cell(w.say(f.label), "uprightHeader")),
    ...fw.targets.map((t) => code(t.code, "uprightHeader")),
    w.cell(w.words("Ngày báo cáo", "Report date"), "offPaper"),
    w.cell(w.words("Trong danh sách", "In the unit list"), "offPaper"),
    w.cell(w.words("Nguồn", "Source"), "offPaper"),
  );
  for (const u of c.units) {
    s.add(
      source(u.code, "cellCode"),
      source(u.name),
      ...figures.map((f): PaperCell => {
        const v = u.values[f.id];
        return typeof v === "number" ? count(v) : { style: "cellNumber" };
      }),
      ...u.targets.map((t): PaperCell => ({ value: w.say(statusMark(t.status)), style: t.status })),
      source(formatDateVi(u.reportDate), "offPaper"),
      w.cell(u.registered ? w.words("Có", "Yes") : w.words("Không", "No"), "offPaper"),
      source(u.source, "offPaper"),
    );
  }
  const totals = provinceTotals(fw, c);
  s.add(
    {},
    w.cell(w.words("Toàn tỉnh", "Province"), "header"),
    ...totals.map((t) => count(t.total)),
    ...fw.targets.map((): PaperCell => ({ style: "cellCenter" })),
  );
  const printed = s.rows.length;

  s.blank();
  const duplicates = duplicatesSection(s, w, c);
  const excluded = excludedSection(s, w, c);
  const followUp = flags ? followUpSection(s, w, fw, flags) : undefined;
  const widths = [
    UNIT_WIDTHS.code,
    UNIT_WIDTHS.name,
    ...figures.map(() => UNIT_WIDTHS.figure),
    ...fw.targets.map(() => UNIT_WIDTHS.target),
    ...OFF_PAPER_WIDTHS,
  ];
  const sheet: PaperSheet = {
    rows: s.rows,
    columnWidths: widths,
    rowHeights: fittedHeights(s.rows, widths),
    freezeRows: header + 1,
    print: printSetup("landscape", printed, paper, header),
  };
  return { sheet, sections: { units, duplicates, excluded, followUp } };
}

/** Off paper: figures to check with the units (flags never exclude a report). */
function followUpSection(s: Sheet, w: Words, fw: Framework, flags: readonly QualityFlag[]): number {
  s.blank();
  const at = s.add(w.cell(w.say(FOLLOW_UP_TITLE), "section"));
  s.rows.push(...followUpRows(fw, flags, w.say));
  return at;
}

/** Off paper: duplicates, each kept and dropped report with the reason. */
function duplicatesSection(s: Sheet, w: Words, c: Consolidation): number {
  const at = s.add(w.cell(w.words("BÁO CÁO TRÙNG (không in)", "DUPLICATE REPORTS (not printed)"), "section"));
  s.add(
    ...[
      w.words("Mã", "Code"),
      w.words("Nguồn", "Source"),
      w.words("Ngày báo cáo", "Report date"),
      w.words("Giữ", "Kept"),
      w.words("Lý do", "Reason"),
    ].map((h) => w.cell(h, "offPaper")),
  );
  for (const d of c.duplicates) {
    s.add(
      source(d.unitCode, "offPaper"),
      source(d.kept.source, "offPaper"),
      source(formatDateVi(d.kept.reportDate), "offPaper"),
      w.cell(w.words("Giữ", "Kept"), "offPaper"),
      source(w.say(d.reason), "offPaper"),
    );
    for (const x of d.dropped)
      s.add(
        {},
        source(x.source, "offPaper"),
        source(formatDateVi(x.reportDate), "offPaper"),
        w.cell(w.words("Bỏ", "Dropped"), "offPaper"),
      );
  }
  if (!c.duplicates.length) s.add({}, w.cell("—", "offPaper"));
  s.blank();
  return at;
}

/** Off paper: excluded reports, each error with its cell. */
function excludedSection(s: Sheet, w: Words, c: Consolidation): number {
  const at = s.add(
    w.cell(w.words("BÁO CÁO BỊ LOẠI (không in)", "EXCLUDED REPORTS (not printed)"), "section"),
  );
  s.add(
    ...[w.words("Mã", "Code"), w.words("Nguồn", "Source"), w.words("Ô", "Cell"), w.words("Lỗi", "Error")].map(
      (h) => w.cell(h, "offPaper"),
    ),
  );
  for (const e of c.excluded) {
    s.add(
      source(e.unitCode ?? "", "offPaper"),
      source(e.source, "offPaper"),
      {},
      source(w.say(e.message), "offPaper"),
    );
    for (const err of e.errors)
      s.add({}, {}, source(err.cell ?? "", "offPaper"), source(w.say(err.message), "offPaper"));
  }
  if (!c.excluded.length) s.add({}, w.cell("—", "offPaper"));
  return at;
}

/** The consolidated report for the provincial office, from the domain's consolidation, in one language. */
export function consolidatedLayout(
  fw: Framework,
  c: Consolidation,
  options: LayoutOptions = {},
): ConsolidatedLayout {
  const lang = options.language ?? "vi";
  const w = wordsIn(lang);
  const period = c.period ? periodText(fw, c.period) : { vi: "(chưa rõ kỳ)", en: "(unknown period)" };
  const title = { vi: `Tổng hợp ${period.vi}`, en: `Consolidation, ${period.en}` };
  const summary = summarySheet(fw, c, w, options.document ?? defaultSettings(fw, "province"), period, title);
  const units = unitsSheet(fw, c, w, period, options.flags);
  return {
    title,
    summary: summary.sheet,
    units: units.sheet,
    sections: { ...summary.sections, ...units.sections },
    chart: summary.chart,
  };
}
