import { compare, compareRate, percent } from "./compare";
import { closesPeriod, pendingReason, unitShape } from "./evaluate";
import type { Framework, Target } from "./frameworkSchema";
import { provinceWords } from "./provinceWords";
import type { FieldValue, PeriodKind, TargetResult, Text } from "./types";

export interface ProvinceTargetResult extends TargetResult {
  /** Units whose status for this target is known (met, not met or pending). */
  decided: number;
  met: number;
  na: number;
  missing: number;
  /** Units of the unit list that sent no report for the period; null without a unit list (unknown). */
  waiting: number | null;
  /** The result in words an officer copies into a report: “4/6 CĐCS đạt (≥ 15% đoàn viên …)”. */
  summary: Text;
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

/** Why no conclusion yet: units lacking figures, units of the list not yet reported. */
function undecidedReason(missing: number, waiting: number): Text {
  const vi: string[] = [];
  const en: string[] = [];
  if (waiting) {
    vi.push(`chờ ${waiting} CĐCS chưa báo cáo`);
    en.push(`waiting for ${waiting} unit(s) that have not reported`);
  }
  if (missing) {
    vi.push(`${missing} đơn vị thiếu số liệu`);
    en.push(`${missing} unit(s) lack the figures`);
  }
  return {
    vi: `Chưa kết luận được: ${vi.join(", ")} (thực hiện tính trên các đơn vị đã có số liệu)`,
    en: `No conclusion yet: ${en.join(", ")} (actual counts the units that have the figures)`,
  };
}

/**
 * The province's result for one target, from the units' own results. `waiting` is the number of units of
 * the unit list that sent no report (null without a list). Units that did not report, like units whose
 * figures are missing, are unknown: the result is concluded only when no answer of theirs could change it.
 */
export function evaluateProvinceTarget(
  fw: Framework,
  target: Target,
  units: readonly UnitOutcome[],
  periodKind: PeriodKind | undefined,
  waiting: number | null = null,
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
  // `met` is undefined when units whose answer is unknown could still tip the result either way.
  let measured: { met: boolean | undefined; actual: number } | null = null;
  const bounded = (worst: boolean, best: boolean) => (worst === best ? worst : undefined);
  const w = waiting ?? 0;
  const unknown = counts.missing + w;
  let pooled: { num: number; den: number } | undefined;
  if (rule.kind === "units_not_met") {
    const notMet = counts.decided - counts.met;
    if (counts.decided) {
      const met = bounded(
        compare(notMet + unknown, rule.comparator, rule.threshold),
        compare(notMet, rule.comparator, rule.threshold),
      );
      measured = { met, actual: notMet };
    }
  } else if (rule.kind === "pooled_rate" && unitRule.kind === "rate") {
    const sum = (id: string) => decided.reduce((s, r) => s + (r.unit.values[id] as number), 0);
    pooled = { num: sum(unitRule.numerator), den: sum(unitRule.denominator) };
    // An unknown unit's numerator and denominator are both unknown: no bound on the pooled rate.
    if (pooled.den > 0) {
      const met = compareRate(pooled.num, pooled.den, shape.comparator, shape.threshold);
      measured = { met: unknown ? undefined : met, actual: percent(pooled.num, pooled.den) };
    }
  } else if (counts.decided) {
    const { met: k, decided: d } = counts;
    const all = d + unknown;
    const met = bounded(
      compareRate(k, all, shape.comparator, shape.threshold),
      compareRate(k + unknown, all, shape.comparator, shape.threshold),
    );
    measured = { met, actual: percent(k, d) };
  }

  const base = {
    code: target.code,
    ...shape,
    ...counts,
    waiting,
    summary: provinceWords(fw, target, { ...counts, waiting, pooled }, shape),
  };
  if (!measured) {
    return unknown || !counts.na
      ? {
          ...base,
          status: "missing",
          actual: null,
          reason: w
            ? undecidedReason(counts.missing, w)
            : { vi: "Chưa có số liệu của đơn vị nào", en: "No unit has reported the figures" },
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
      reason: undecidedReason(counts.missing, w),
    };
  }
  if (measured.met) return { ...base, status: "met", actual: measured.actual };
  if (periodKind && !closesPeriod(periodKind, target.period)) {
    return { ...base, status: "pending", actual: measured.actual, reason: pendingReason(target.period) };
  }
  return { ...base, status: "not_met", actual: measured.actual };
}
