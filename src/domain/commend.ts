import type { Consolidation } from "./consolidate";
import { historyPeriods, type History, type PeriodConsolidation } from "./history";
import type { TargetResult } from "./types";

/**
 * A unit's share of targets met. Applicable targets are those met, not met, or with figures missing (a
 * unit cannot be commended on figures it did not give); not applicable and not yet due are left out.
 */
export interface TargetScore {
  met: number;
  applicable: number;
  /** Percent, or null when no target applies. */
  share: number | null;
}

export function targetScore(targets: readonly Pick<TargetResult, "status">[]): TargetScore {
  let met = 0;
  let applicable = 0;
  for (const t of targets) {
    if (t.status === "met") met++;
    if (t.status === "met" || t.status === "not_met" || t.status === "missing") applicable++;
  }
  return { met, applicable, share: applicable ? (met * 100) / applicable : null };
}

export interface RankedUnit extends TargetScore {
  rank: number;
  code: string;
  name: string;
  /** Met every applicable target (for the term: in every period counted, having reported each). */
  allMet: boolean;
  /** Periods counted. */
  periods: number;
}

const vietnamese = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Units that met everything first, then by share of targets met, ties by name (Vietnamese order), then code. */
function ranked(units: Omit<RankedUnit, "rank">[]): RankedUnit[] {
  const sorted = units.sort(
    (a, b) =>
      Number(b.allMet) - Number(a.allMet) ||
      (b.share ?? -1) - (a.share ?? -1) ||
      vietnamese.compare(a.name, b.name) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return sorted.map((u, i) => ({ ...u, rank: i + 1 }));
}

/** The units to commend for one consolidated period. */
export function commendPeriod(c: Consolidation): RankedUnit[] {
  return ranked(
    c.units.map((u) => {
      const score = targetScore(u.targets);
      return {
        code: u.code,
        name: u.name,
        ...score,
        allMet: score.applicable > 0 && score.met === score.applicable,
        periods: 1,
      };
    }),
  );
}

/**
 * The units to commend for the term so far, from the yearly periods: targets met over targets
 * applicable, every year pooled. Meeting everything means every year of the history, reported.
 */
export function commendTerm(history: History, periods: readonly PeriodConsolidation[]): RankedUnit[] {
  const years = periods.filter((p) => p.period.kind === "year");
  const yearCount = historyPeriods(history).filter((p) => p.kind === "year").length;
  const totals = new Map<string, Omit<RankedUnit, "rank"> & { everyYearAll: boolean }>();
  for (const { consolidation } of years) {
    for (const u of consolidation.units) {
      const score = targetScore(u.targets);
      const t = totals.get(u.code) ?? {
        code: u.code,
        name: u.name,
        met: 0,
        applicable: 0,
        share: null,
        allMet: false,
        periods: 0,
        everyYearAll: true,
      };
      t.name = u.name;
      t.met += score.met;
      t.applicable += score.applicable;
      t.periods++;
      t.everyYearAll &&= score.applicable > 0 && score.met === score.applicable;
      totals.set(u.code, t);
    }
  }
  return ranked(
    [...totals.values()].map(({ everyYearAll, ...t }) => ({
      ...t,
      share: t.applicable ? (t.met * 100) / t.applicable : null,
      allMet: everyYearAll && t.periods === yearCount,
    })),
  );
}
