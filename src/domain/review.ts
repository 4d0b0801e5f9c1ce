import { consolidate, type Consolidation } from "./consolidate";
import { ruleInputs } from "./evaluate";
import type { FieldDef, Framework, TermTotal } from "./frameworkSchema";
import { periodId, reportOf, type History, type HistoryRow, type PeriodConsolidation } from "./history";
import type { Report } from "./report";
import type { FieldValue, Period, Text } from "./types";

/** Where a unit's term figures come from: its yearly reports, or its own mid-term/end-term report. */
export type ReviewBasis = "years" | "own_report";

export interface ReviewDisagreement {
  unitCode: string;
  unitName: string;
  field: string;
  fromYears: FieldValue | null;
  fromReport: FieldValue | null;
}

export interface YearlyTally {
  unitCode: string;
  unitName: string;
  /** Years met, years judged (met or not met), and years reported, per yearly target in framework order. */
  byTarget: { code: string; met: number; judged: number }[];
  years: number;
}

export interface Review {
  period: Period;
  /** The years whose yearly reports were used. */
  years: number[];
  /** Term targets, in framework order. */
  termTargets: string[];
  /** Every unit's term figures consolidated for the review period: read the term targets from it. */
  consolidation: Consolidation;
  basis: Record<string, ReviewBasis>;
  disagreements: ReviewDisagreement[];
  /** Yearly targets: how many of the years each unit met them. */
  yearly: YearlyTally[];
  /** Yearly targets: how many of the years the province met them. */
  provinceYears: { code: string; met: number; judged: number }[];
}

const totalOf = (f: FieldDef): TermTotal => f.term_total ?? "latest";

/** One field's term figure from the yearly values (oldest first); null when no year gave it. */
function termFigure(how: TermTotal, values: readonly (FieldValue | undefined)[]): FieldValue | null {
  const given = values.filter((v): v is FieldValue => v !== undefined);
  if (!given.length) return null;
  if (how === "sum") return given.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
  if (how === "ever_yes") return given.includes(true);
  return given[given.length - 1];
}

/** A unit's figures for the term so far, made from its yearly rows as the framework says. */
export function termValues(
  fw: Framework,
  years: readonly HistoryRow[],
  period: Period,
): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const f of fw.fields) {
    if (f.section === "header") continue;
    const v = termFigure(
      totalOf(f),
      years.map((r) => r.values[f.id]),
    );
    if (v !== null) values[f.id] = v;
  }
  const last = years[years.length - 1];
  values.unit_code = last.unitCode;
  values.unit_name = last.unitName;
  values.period_kind = period.kind;
  values.year = period.year;
  return values;
}

const yearsText = (years: readonly number[]): Text => {
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : `${years[0] ?? ""}`;
  return { vi: `Tổng hợp từ báo cáo năm ${span}`, en: `Built from the yearly reports ${span}` };
};

/**
 * The mid-term or end-of-term review built from the yearly reports in the history: term targets are
 * judged on the term's figures (see `term_total`), yearly targets show how many of the years each unit
 * met them. A unit's own report for the review period wins; where it disagrees with the years on a
 * figure a term target reads, the disagreement is listed.
 */
export function buildReview(
  fw: Framework,
  history: History,
  periods: readonly PeriodConsolidation[],
  period: Period,
): Review {
  const inTerm = (r: HistoryRow) =>
    r.period.kind === "year" && r.period.year >= fw.term.start && r.period.year <= period.year;
  const yearRows = new Map<string, HistoryRow[]>();
  const ownRows = new Map<string, HistoryRow>();
  for (const r of history) {
    if (inTerm(r)) yearRows.set(r.unitCode, [...(yearRows.get(r.unitCode) ?? []), r]);
    else if (periodId(r.period) === periodId(period)) ownRows.set(r.unitCode, r);
  }
  const years = [...new Set([...yearRows.values()].flat().map((r) => r.period.year))].sort();
  const termTargets = fw.targets.filter((t) => t.period === "term");
  const compared = [
    ...new Set([
      ...termTargets.flatMap((t) => ruleInputs(t.unit)),
      ...fw.fields.filter((f) => f.term_total).map((f) => f.id),
    ]),
  ];

  const reports: Report[] = [];
  const basis: Record<string, ReviewBasis> = {};
  const disagreements: ReviewDisagreement[] = [];
  const codes = [...new Set([...yearRows.keys(), ...ownRows.keys()])].sort();
  for (const code of codes) {
    const rows = (yearRows.get(code) ?? []).sort((a, b) => a.period.year - b.period.year);
    const built = rows.length ? termValues(fw, rows, period) : null;
    const own = ownRows.get(code);
    if (own) {
      basis[code] = "own_report";
      reports.push(reportOf(own));
      if (built) {
        for (const field of compared) {
          const fromYears = built[field] ?? null;
          const fromReport = own.values[field] ?? null;
          if (fromYears !== fromReport)
            disagreements.push({ unitCode: code, unitName: own.unitName, field, fromYears, fromReport });
        }
      }
    } else if (built) {
      basis[code] = "years";
      const source = yearsText(rows.map((r) => r.period.year));
      reports.push({
        unitCode: code,
        unitName: rows[rows.length - 1].unitName,
        period,
        reportDate: rows[rows.length - 1].reportDate,
        values: built,
        errors: [],
        source: `${source.vi} / ${source.en}`,
      });
    }
  }

  const yearly = periods.filter(
    (p) => p.period.kind === "year" && p.period.year >= fw.term.start && p.period.year <= period.year,
  );
  const yearlyTargets = fw.targets.map((t, i) => ({ t, i })).filter(({ t }) => t.period === "year");
  const tallies = new Map<string, YearlyTally>();
  for (const { consolidation } of yearly) {
    for (const u of consolidation.units) {
      let tally = tallies.get(u.code);
      if (!tally) {
        tally = {
          unitCode: u.code,
          unitName: u.name,
          byTarget: yearlyTargets.map(({ t }) => ({ code: t.code, met: 0, judged: 0 })),
          years: 0,
        };
        tallies.set(u.code, tally);
      }
      tally.unitName = u.name;
      tally.years++;
      yearlyTargets.forEach(({ i }, k) => {
        const s = u.targets[i].status;
        if (s === "met") tally.byTarget[k].met++;
        if (s === "met" || s === "not_met") tally.byTarget[k].judged++;
      });
    }
  }
  const provinceYears = yearlyTargets.map(({ t, i }) => {
    const statuses = yearly.map((p) => p.consolidation.province.targets[i].status);
    return {
      code: t.code,
      met: statuses.filter((s) => s === "met").length,
      judged: statuses.filter((s) => s === "met" || s === "not_met").length,
    };
  });

  return {
    period,
    years,
    termTargets: termTargets.map((t) => t.code),
    consolidation: consolidate(fw, reports, { period }),
    basis,
    disagreements,
    yearly: [...tallies.values()].sort((a, b) => (a.unitCode < b.unitCode ? -1 : 1)),
    provinceYears,
  };
}
