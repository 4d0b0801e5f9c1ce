import { isFormulaLike, type SummaryCell } from "../consolidatedSheet";
import {
  cellAddress,
  consolidateHistory,
  formatDateVi,
  parsePeriod,
  parseReport,
  periodId,
  periodText,
  statusText,
  type DomainError,
  type Framework,
  type History,
  type HistoryRow,
  type PeriodConsolidation,
  type RawCell,
} from "../domain";
import { header, label, PRINT, source, valueCell, type TermLayout } from "./cells";

export const HISTORY_SHEET = "Lịch sử chỉ tiêu";

/** Columns before the fields, by key; the key row names every column so that moved columns still read. */
const LEAD = [
  ["period", "Mã kỳ / Period key"],
  ["period_label", "Kỳ / Period"],
  ["unit_code", "Mã / Code"],
  ["unit_name", "Tên CĐCS / Unit"],
  ["report_date", "Ngày báo cáo / Report date"],
  ["source", "Nguồn / Source"],
] as const;
const OWN = new Set(["unit_code", "unit_name", "period_kind", "year", "report_date"]);
const STATUS_KEY = "status:";

const historyFields = (fw: Framework) => fw.fields.filter((f) => !OWN.has(f.id));

/**
 * The history as one table: a row per unit and period, with every figure as received and each target's
 * result. The key row (field ids) is what `readHistory` reads; results are made again from the figures.
 */
export function historyLayout(
  fw: Framework,
  history: History,
  periods: readonly PeriodConsolidation[] = consolidateHistory(fw, history),
): TermLayout {
  const fields = historyFields(fw);
  const title = {
    vi: `Lịch sử số liệu nhiệm kỳ ${fw.term.start}–${fw.term.end}`,
    en: `Term history ${fw.term.start}–${fw.term.end}`,
  };
  const rows: SummaryCell[][] = [
    [label(title.vi, "title")],
    [label(`${title.en} — ${fw.name.vi}`, "subtitle")],
    [
      label(
        "Mỗi lần tổng hợp thêm hoặc thay kỳ của mình; không sửa tay bảng này / Each merge adds or replaces its own period; do not edit this table by hand",
        "note",
      ),
    ],
    header(
      ...LEAD.map(([, h]) => h),
      ...fields.map((f) => `${f.label.vi} / ${f.label.en}`),
      ...fw.targets.map((t) => t.code),
    ),
    [
      ...LEAD.map(([key]) => label(key, "note")),
      ...fields.map((f) => label(f.id, "note")),
      ...fw.targets.map((t) => label(`${STATUS_KEY}${t.code}`, "note")),
    ],
  ];
  const freezeRows = rows.length;
  const results = new Map(
    periods.flatMap((p) =>
      p.consolidation.units.map((u) => [`${periodId(p.period)}|${u.code}`, u.targets] as const),
    ),
  );
  for (const r of history) {
    const targets = results.get(`${periodId(r.period)}|${r.unitCode}`) ?? [];
    rows.push([
      label(periodId(r.period)),
      label(periodText(fw, r.period).vi),
      source(r.unitCode),
      source(r.unitName),
      source(formatDateVi(r.reportDate)),
      source(r.source),
      ...fields.map((f) => valueCell(fw, f.id, r.values[f.id])),
      ...targets.map((t) => ({ value: statusText(t.status).vi, style: t.status })),
    ]);
  }
  return {
    name: HISTORY_SHEET,
    title,
    rows,
    columnWidths: [12, 14, 10, 36, 12, 30, ...fields.map(() => 12), ...fw.targets.map(() => 10)],
    freezeRows,
    print: PRINT,
    chart: null,
  };
}

/** exceljs keeps the apostrophe `inertText` put before a formula-like text; Excel does not. */
const cleanText = (v: RawCell): RawCell =>
  typeof v === "string" && v.startsWith("'") && isFormulaLike(v.slice(1)) ? v.slice(1) : v;

export interface HistoryRead {
  rows: HistoryRow[];
  /** Cells that do not read (someone typed into the table): the history is then left as it is. */
  problems: DomainError[];
}

/** Reads a history sheet (as values, grid[0][0] = A1) back into rows, parsing every figure with the domain. */
export function readHistory(
  fw: Framework,
  grid: readonly (readonly RawCell[])[],
  sheet = HISTORY_SHEET,
): HistoryRead {
  const keyRow = grid.findIndex((r) => r.includes("period") && r.includes("unit_code"));
  if (keyRow < 0) {
    return {
      rows: [],
      problems: [
        {
          code: "history_without_keys",
          cell: `${sheet}!A1`,
          message: {
            vi: "Trang lịch sử không còn hàng khóa (period, unit_code…): không đọc được",
            en: "The history sheet has lost its key row (period, unit_code…): it cannot be read",
          },
        },
      ],
    };
  }
  const columns = new Map<string, number>();
  grid[keyRow].forEach((k, c) => {
    if (typeof k === "string" && k && !k.startsWith(STATUS_KEY)) columns.set(k, c);
  });
  const fields = historyFields(fw).filter((f) => columns.has(f.id));
  const rows: HistoryRow[] = [];
  const problems: DomainError[] = [];
  for (let r = keyRow + 1; r < grid.length; r++) {
    const line = grid[r];
    const at = (key: string) => cleanText(line[columns.get(key) ?? -1]);
    if (line.every((v) => v === null || v === undefined || v === "")) continue;
    const period = parsePeriod(String(at("period") ?? ""));
    if (!period) {
      problems.push({
        code: "history_bad_period",
        cell: `${sheet}!${cellAddress(r, columns.get("period") ?? 0)}`,
        message: {
          vi: `Mã kỳ “${String(at("period") ?? "")}” không đọc được (ví dụ year:2025)`,
          en: `Period key “${String(at("period") ?? "")}” cannot be read (e.g. year:2025)`,
        },
      });
      continue;
    }
    const raw: Record<string, RawCell> = {
      unit_code: at("unit_code"),
      unit_name: at("unit_name"),
      period_kind: period.kind,
      year: period.year,
      report_date: at("report_date"),
    };
    for (const f of fields) raw[f.id] = at(f.id);
    const report = parseReport(fw, raw, String(at("source") ?? ""));
    if (report.errors.length) {
      for (const e of report.errors)
        problems.push({
          ...e,
          cell: `${sheet}!${cellAddress(r, columns.get(e.field ?? "") ?? columns.get("unit_code") ?? 0)}`,
        });
      continue;
    }
    rows.push({
      period,
      unitCode: report.unitCode!,
      unitName: report.unitName ?? report.unitCode!,
      source: report.source,
      reportDate: report.reportDate,
      values: report.values,
    });
  }
  return { rows, problems };
}
