import type { Framework } from "./frameworkSchema";
import type { Consolidation } from "./consolidate";
import { addToHistory, periodId, type History, type HistoryRow } from "./history";
import { periodText } from "./period";
import { formatDateVi, formatNumberVi } from "./present";
import type { FieldValue, Period, Text } from "./types";

export type QualityFlagKind = "jump" | "fall" | "yes_to_no" | "late";

/** A figure to follow up with the unit: never an error, never a reason to leave a report out. */
export interface QualityFlag {
  unitCode: string;
  unitName: string;
  period: Period;
  kind: QualityFlagKind;
  /** The field concerned (`report_date` for timeliness). */
  field: string;
  /** The unit's previous report's value, or the deadline for timeliness. */
  previous: { period: Period | null; value: FieldValue | null };
  current: FieldValue | null;
  message: Text;
}

export interface QualityOptions {
  /** A figure that grows or shrinks by more than this factor since the unit's previous report is flagged. */
  factor: number;
  /** Report deadlines by period (`year:2025` → `2026-01-15`): a report dated later is flagged. */
  deadlines?: Readonly<Record<string, string>>;
  /** Fields compared with the previous report; the framework's base counts by default. */
  fields?: readonly string[];
}

export const DEFAULT_FACTOR = 2;

const EN = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });
const numberEn = (n: number) => EN.format(n);

function changeFlag(
  fw: Framework,
  row: HistoryRow,
  before: HistoryRow,
  field: string,
  factor: number,
): QualityFlag | null {
  const now = row.values[field];
  const then = before.values[field];
  if (typeof now !== "number" || typeof then !== "number" || then === 0) return null;
  const kind = now > then * factor ? "jump" : now * factor < then ? "fall" : null;
  if (!kind) return null;
  const label = fw.fields.find((f) => f.id === field)?.label ?? { vi: field, en: field };
  const was = periodText(fw, before.period);
  const is = periodText(fw, row.period);
  const change = Math.round((Math.abs(now - then) * 100) / then);
  const words = kind === "jump" ? { vi: ["tăng", "lên"], en: "rose" } : { vi: ["giảm", "còn"], en: "fell" };
  return {
    unitCode: row.unitCode,
    unitName: row.unitName,
    period: row.period,
    kind,
    field,
    previous: { period: before.period, value: then },
    current: now,
    message: {
      vi: `${label.vi} ${words.vi[0]} ${change}%: từ ${formatNumberVi(then)} (${was.vi}) ${words.vi[1]} ${formatNumberVi(now)} (${is.vi}) — vượt hệ số ${formatNumberVi(factor)}, cần kiểm tra lại`,
      en: `${label.en} ${words.en} by ${change}%: from ${numberEn(then)} (${was.en}) to ${numberEn(now)} (${is.en}) — beyond a factor of ${numberEn(factor)}, please check`,
    },
  };
}

function yesToNoFlags(fw: Framework, row: HistoryRow, before: HistoryRow): QualityFlag[] {
  const was = periodText(fw, before.period);
  const is = periodText(fw, row.period);
  return fw.fields
    .filter((f) => f.term_total === "ever_yes" && before.values[f.id] === true && row.values[f.id] === false)
    .map((f) => ({
      unitCode: row.unitCode,
      unitName: row.unitName,
      period: row.period,
      kind: "yes_to_no" as const,
      field: f.id,
      previous: { period: before.period, value: true },
      current: false,
      message: {
        vi: `${f.label.vi}: “Có” ở ${was.vi}, nay “Không” (${is.vi}) — cần kiểm tra lại`,
        en: `${f.label.en}: “yes” in ${was.en}, now “no” (${is.en}) — please check`,
      },
    }));
}

function lateFlag(fw: Framework, row: HistoryRow, deadline: string | undefined): QualityFlag | null {
  if (!deadline || !row.reportDate || row.reportDate <= deadline) return null;
  const is = periodText(fw, row.period);
  return {
    unitCode: row.unitCode,
    unitName: row.unitName,
    period: row.period,
    kind: "late",
    field: "report_date",
    previous: { period: null, value: deadline },
    current: row.reportDate,
    message: {
      vi: `Báo cáo ${is.vi} ngày ${formatDateVi(row.reportDate)}, sau hạn ${formatDateVi(deadline)}`,
      en: `The ${is.en} report is dated ${formatDateVi(row.reportDate)}, after the deadline ${formatDateVi(deadline)}`,
    },
  };
}

/**
 * Flags for follow-up, each against the unit's previous report in the history: figures that jump or
 * fall beyond the factor, a one-off “yes” (a field whose term total is `ever_yes`) turned “no”, and
 * reports dated after the period's deadline. By unit, then period.
 */
export function qualityFlags(fw: Framework, history: History, options: QualityOptions): QualityFlag[] {
  const fields =
    options.fields ?? fw.fields.filter((f) => f.section === "base" && f.kind === "count").map((f) => f.id);
  const byUnit = new Map<string, HistoryRow[]>();
  for (const r of history) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
  const flags: QualityFlag[] = [];
  for (const code of [...byUnit.keys()].sort()) {
    const rows = byUnit.get(code)!; // the history is in period order
    rows.forEach((row, i) => {
      const before = rows[i - 1];
      if (before) {
        for (const field of fields) {
          const flag = changeFlag(fw, row, before, field, options.factor);
          if (flag) flags.push(flag);
        }
        flags.push(...yesToNoFlags(fw, row, before));
      }
      const late = lateFlag(fw, row, options.deadlines?.[periodId(row.period)]);
      if (late) flags.push(late);
    });
  }
  return flags;
}

/**
 * The flags a merge shows: this consolidation's period against the history it joins (a period merged
 * again is compared with the periods before it, not with its own earlier rows).
 */
export function mergeFlags(
  fw: Framework,
  history: History,
  c: Consolidation,
  options: QualityOptions,
): QualityFlag[] {
  if (!c.period) return [];
  const id = periodId(c.period);
  const joined = addToHistory(fw, history, c).history;
  return qualityFlags(fw, joined, options).filter((f) => periodId(f.period) === id);
}
