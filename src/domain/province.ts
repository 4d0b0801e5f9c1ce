import { compare, compareRate, percent } from "./compare";
import { closesPeriod, pendingReason, unitShape } from "./evaluate";
import type { Framework, Target } from "./frameworkSchema";
import type { FieldValue, PeriodKind, TargetResult } from "./types";

export interface ProvinceTargetResult extends TargetResult {
  /** Units whose status for this target is known (met, not met or pending). */
  decided: number;
  met: number;
  na: number;
  missing: number;
}

export interface UnitOutcome {
  values: Readonly<Record<string, FieldValue>>;
  targets: readonly TargetResult[];
}

/** How the province's part of a target is stated; a pooled rate keeps the unit rule's threshold. */
export function provinceShape(target: Target): Pick<TargetResult, "threshold" | "comparator" | "unit"> {
  const rule = target.province;
  if (rule.kind === "units_not_met")
    return { threshold: rule.threshold, comparator: rule.comparator, unit: "count" };
  if (rule.kind === "share_of_units")
    return { threshold: rule.threshold, comparator: rule.comparator, unit: "percent" };
  return unitShape(target.unit);
}

const decidedStatus = (s: TargetResult["status"]) => s === "met" || s === "not_met" || s === "pending";

/** The province's result for one target, from the units' own results. */
export function evaluateProvinceTarget(
  fw: Framework,
  target: Target,
  units: readonly UnitOutcome[],
  periodKind: PeriodKind | undefined,
): ProvinceTargetResult {
  const index = fw.targets.indexOf(target);
  const results = units.map((u) => ({ unit: u, result: u.targets[index] }));
  const decided = results.filter((r) => decidedStatus(r.result.status));
  const counts = {
    decided: decided.length,
    met: decided.filter((r) => r.result.status === "met").length,
    na: results.filter((r) => r.result.status === "na").length,
    missing: results.filter((r) => r.result.status === "missing").length,
  };
  const rule = target.province;
  const unitRule = target.unit;
  const shape = provinceShape(target);
  // `met` is undefined when units whose figures are missing could still tip the result either way.
  let measured: { met: boolean | undefined; actual: number } | null = null;
  const bounded = (worst: boolean, best: boolean) => (worst === best ? worst : undefined);
  const m = counts.missing;
  if (rule.kind === "units_not_met") {
    const notMet = counts.decided - counts.met;
    if (counts.decided) {
      const met = bounded(
        compare(notMet + m, rule.comparator, rule.threshold),
        compare(notMet, rule.comparator, rule.threshold),
      );
      measured = { met, actual: notMet };
    }
  } else if (rule.kind === "pooled_rate" && unitRule.kind === "rate") {
    const sum = (id: string) => decided.reduce((s, r) => s + (r.unit.values[id] as number), 0);
    const num = sum(unitRule.numerator);
    const den = sum(unitRule.denominator);
    // A missing unit's numerator and denominator are both unknown: no bound on the pooled rate.
    if (den > 0) {
      const met = compareRate(num, den, shape.comparator, shape.threshold);
      measured = { met: m ? undefined : met, actual: percent(num, den) };
    }
  } else if (counts.decided) {
    const { met: k, decided: d } = counts;
    const met = bounded(
      compareRate(k, d + m, shape.comparator, shape.threshold),
      compareRate(k + m, d + m, shape.comparator, shape.threshold),
    );
    measured = { met, actual: percent(k, d) };
  }

  const base = { code: target.code, ...shape, ...counts };
  if (!measured) {
    return counts.missing || !counts.na
      ? {
          ...base,
          status: "missing",
          actual: null,
          reason: { vi: "Chưa có số liệu của đơn vị nào", en: "No unit has reported the figures" },
        }
      : {
          ...base,
          status: "na",
          actual: null,
          reason: { vi: "Không áp dụng cho đơn vị nào", en: "Not applicable to any unit" },
        };
  }
  if (measured.met === undefined) {
    return {
      ...base,
      status: "missing",
      actual: measured.actual,
      reason: {
        vi: `${m} đơn vị thiếu số liệu: chưa kết luận được (thực hiện tính trên các đơn vị đã có số liệu)`,
        en: `${m} unit(s) lack the figures: no conclusion yet (actual counts the units that have them)`,
      },
    };
  }
  if (measured.met) return { ...base, status: "met", actual: measured.actual };
  if (periodKind && !closesPeriod(periodKind, target.period)) {
    return { ...base, status: "pending", actual: measured.actual, reason: pendingReason(target.period) };
  }
  return { ...base, status: "not_met", actual: measured.actual };
}
