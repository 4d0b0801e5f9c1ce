import { consolidate, type Consolidation } from "./consolidate";
import type { Framework } from "./frameworkSchema";
import { periodText, PERIOD_KINDS } from "./period";
import { normaliseUnitCode, type Report } from "./report";
import type { FieldValue, Period, Text } from "./types";

/**
 * One unit's report for one period as the history keeps it: the figures as received, from which every
 * result (the unit's, the province's, trends, reviews) is made again by the domain.
 */
export interface HistoryRow {
  period: Period;
  unitCode: string;
  unitName: string;
  source: string;
  reportDate: string | null;
  values: Readonly<Record<string, FieldValue>>;
}

/** The term so far: rows in period order, then by unit code. */
export type History = readonly HistoryRow[];

/** One period of the history with its consolidation (made by `consolidate`, never re-implemented). */
export interface PeriodConsolidation {
  period: Period;
  consolidation: Consolidation;
}

/** `year:2025`: the compact form `parsePeriod` reads, used as a key. */
export const periodId = (p: Period): string => `${p.kind}:${p.year}`;

/** Periods in time order: the 6-month report, the year, then the mid-term and end-of-term reviews. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || PERIOD_KINDS.indexOf(a.kind) - PERIOD_KINDS.indexOf(b.kind);
}

const byPeriodThenUnit = (a: HistoryRow, b: HistoryRow) =>
  comparePeriods(a.period, b.period) || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0);

/** Puts rows (from a sheet, say) in the history's order, with unit codes compared as typed. */
export function historyOf(rows: readonly HistoryRow[]): History {
  return rows.map((r) => ({ ...r, unitCode: normaliseUnitCode(r.unitCode) })).sort(byPeriodThenUnit);
}

/** The rows a consolidation adds: one per unit merged. */
export function rowsOf(c: Consolidation): HistoryRow[] {
  if (!c.period) return [];
  const period = c.period;
  return c.units.map((u) => ({
    period,
    unitCode: u.code,
    unitName: u.name,
    source: u.source,
    reportDate: u.reportDate,
    values: u.values,
  }));
}

export interface HistoryChange {
  history: History;
  /** Rows of the same period that were there before and are now replaced (0 for a new period). */
  replaced: number;
  added: number;
  notice: Text;
}

/**
 * Adds a consolidated period to the history. A period merged again replaces that period's rows, and
 * the notice says so with both counts; every other period stays as it was.
 */
export function addToHistory(fw: Framework, history: History, c: Consolidation): HistoryChange {
  if (!c.period) {
    return {
      history,
      replaced: 0,
      added: 0,
      notice: {
        vi: "Không rõ kỳ báo cáo: lịch sử không đổi",
        en: "The period is unknown: the history is unchanged",
      },
    };
  }
  const id = periodId(c.period);
  const kept = history.filter((r) => periodId(r.period) !== id);
  const replaced = history.length - kept.length;
  const added = rowsOf(c);
  const name = periodText(fw, c.period);
  const notice: Text = replaced
    ? {
        vi: `${name.vi} đã có trong lịch sử (${replaced} đơn vị): thay bằng lần tổng hợp này (${added.length} đơn vị); các kỳ khác giữ nguyên`,
        en: `${name.en} was already in the history (${replaced} units): replaced by this merge (${added.length} units); other periods are kept`,
      }
    : {
        vi: `Đã thêm ${name.vi} vào lịch sử (${added.length} đơn vị)`,
        en: `Added ${name.en} to the history (${added.length} units)`,
      };
  return { history: [...kept, ...added].sort(byPeriodThenUnit), replaced, added: added.length, notice };
}

/** The periods in the history, in time order. */
export function historyPeriods(history: History): Period[] {
  const seen = new Map<string, Period>();
  for (const r of history) if (!seen.has(periodId(r.period))) seen.set(periodId(r.period), r.period);
  return [...seen.values()].sort(comparePeriods);
}

/** A history row as a report again, for `consolidate` and the reviews. */
export function reportOf(row: HistoryRow): Report {
  return {
    unitCode: row.unitCode,
    unitName: row.unitName,
    period: row.period,
    reportDate: row.reportDate,
    values: { ...row.values },
    errors: [],
    source: row.source,
  };
}

/** Every period of the history consolidated again from its rows, in time order. */
export function consolidateHistory(fw: Framework, history: History): PeriodConsolidation[] {
  const groups = new Map<string, HistoryRow[]>();
  for (const r of history) {
    const id = periodId(r.period);
    const group = groups.get(id);
    if (group) group.push(r);
    else groups.set(id, [r]);
  }
  return historyPeriods(history).map((period) => ({
    period,
    consolidation: consolidate(fw, groups.get(periodId(period))!.map(reportOf), { period }),
  }));
}

/** A unit's rows across periods, found by its code as typed (case, spaces and Unicode form aside). */
export function unitRows(history: History, code: string): HistoryRow[] {
  const wanted = normaliseUnitCode(code);
  return history.filter((r) => r.unitCode === wanted);
}
