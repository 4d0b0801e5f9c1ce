import { compare, compareRate, exactPercent, percent } from "./compare";
import type { Framework, Target, UnitRule } from "./frameworkSchema";
import type { Report } from "./report";
import type { FieldValue, PeriodKind, Status, TargetResult, Text } from "./types";

export type Values = Readonly<Record<string, FieldValue | null | undefined>>;

/** Whether a report of this kind is where a target of that period is finally judged. */
export function closesPeriod(report: PeriodKind, target: Target["period"]): boolean {
  return target === "term" ? report === "endterm" : report !== "h1";
}

export const pendingReason = (period: Target["period"]): Text =>
  period === "term"
    ? {
        vi: "Chưa đến hạn: chỉ tiêu cả nhiệm kỳ, đánh giá khi tổng kết nhiệm kỳ",
        en: "Not yet due: a term target, judged at the end-of-term review",
      }
    : {
        vi: "Chưa đến hạn: chỉ tiêu hằng năm, đánh giá ở báo cáo năm",
        en: "Not yet due: a yearly target, judged in the yearly report",
      };

function measuredFields(rule: UnitRule): string[] {
  return rule.kind === "rate" ? [rule.numerator, rule.denominator] : [rule.field];
}

/** The fields a unit rule reads, in the order a chair passes them to CHITIEU.STATUS. */
export function ruleInputs(rule: UnitRule): string[] {
  const own = measuredFields(rule);
  return rule.na && !own.includes(rule.na.field) ? [...own, rule.na.field] : own;
}

function labelsOf(fw: Framework, ids: string[]): Text {
  const labels = ids.map((id) => fw.fields.find((f) => f.id === id)?.label ?? { vi: id, en: id });
  return { vi: labels.map((l) => l.vi).join(", "), en: labels.map((l) => l.en).join(", ") };
}

/** How a unit rule is stated: its threshold, comparator and unit. */
export function unitShape(rule: UnitRule): Pick<TargetResult, "threshold" | "comparator" | "unit"> {
  if (rule.kind === "rate")
    return { threshold: rule.threshold, comparator: rule.comparator, unit: "percent" };
  if (rule.kind === "count") return { threshold: rule.threshold, comparator: rule.comparator, unit: "count" };
  return { threshold: 1, comparator: "eq", unit: "flag" };
}

/** Values in the order of `ruleInputs`: what CHITIEU.STATUS passes, and what a report's record gives. */
export type Inputs = ArrayLike<FieldValue | null | undefined>;

/**
 * How a target came out. `exempt` is the rule's own not-applicable answer, `zero` a rate over a zero
 * denominator; both show as `na`.
 */
type Verdict = "exempt" | "zero" | "missing" | "met" | "not_met" | "pending";

const STATUS_OF: Record<Verdict, Status> = {
  exempt: "na",
  zero: "na",
  missing: "missing",
  met: "met",
  not_met: "not_met",
  pending: "pending",
};

/** A target ready to be judged many times: every rule is read once here, so a call allocates nothing. */
export interface CompiledTarget {
  target: Target;
  /** The fields read, in the order of `Inputs` (= ruleInputs). */
  inputs: readonly string[];
  /** The status from values in `inputs` order; `periodKind` as in `evaluateTarget`. */
  status(values: Inputs, periodKind?: PeriodKind): Status;
  /** The full result, as `evaluateTarget` gives it. */
  result(values: Inputs, periodKind?: PeriodKind): TargetResult;
}

const absent = (v: FieldValue | null | undefined) => v === undefined || v === null;

/** The measured part of a rule (its inputs known to be there): whether it is met, and the actual value. */
function measurement(rule: UnitRule): { met: (v: Inputs) => boolean; actual: (v: Inputs) => number } {
  switch (rule.kind) {
    case "flag":
      return { met: (v) => v[0] === true, actual: (v) => (v[0] === true ? 1 : 0) };
    case "choice": {
      const chosen = new Set(rule.in);
      const met = (v: Inputs) => chosen.has(String(v[0]));
      return { met, actual: (v) => (met(v) ? 1 : 0) };
    }
    case "count": {
      const { comparator, threshold } = rule;
      return {
        met: (v) => compare(v[0] as number, comparator, threshold),
        actual: (v) => v[0] as number,
      };
    }
    case "rate": {
      const { comparator } = rule;
      const threshold = exactPercent(rule.threshold);
      return {
        met: (v) => compareRate(v[0] as number, v[1] as number, comparator, threshold),
        actual: (v) => percent(v[0] as number, v[1] as number),
      };
    }
  }
}

/**
 * Compiles one target's rule. A target not met before the period where it is judged is `pending`,
 * not `not_met`; without a period it is judged as is.
 */
export function compileTarget(fw: Framework, target: Target): CompiledTarget {
  const rule = target.unit;
  const inputs = ruleInputs(rule);
  const measured = measuredFields(rule).length; // the measured fields come first in `inputs`
  const naAt = rule.na ? inputs.indexOf(rule.na.field) : -1;
  const naEquals = rule.na?.equals;
  const zeroAt = rule.kind === "rate" ? 1 : -1;
  const { met, actual } = measurement(rule);

  function verdict(v: Inputs, periodKind?: PeriodKind): Verdict {
    if (naAt >= 0 && v[naAt] === naEquals) return "exempt";
    for (let i = 0; i < measured; i++) if (absent(v[i])) return "missing";
    if (zeroAt >= 0 && v[zeroAt] === 0) return "zero";
    if (met(v)) return "met";
    // Not met, but the unit may not have to: without the not-applicable answer we cannot tell.
    for (let i = measured; i < inputs.length; i++) if (absent(v[i])) return "missing";
    return periodKind && !closesPeriod(periodKind, target.period) ? "pending" : "not_met";
  }

  const { threshold, comparator, unit } = unitShape(rule);
  const zeroReason = (() => {
    const den = labelsOf(fw, [rule.kind === "rate" ? rule.denominator : ""]);
    return { vi: `${den.vi} bằng 0`, en: `${den.en} is 0` };
  })();
  const resultOf = (status: Status, value: number | null, reason?: Text): TargetResult => {
    const r: TargetResult = { code: target.code, status, actual: value, threshold, comparator, unit };
    if (reason) r.reason = reason;
    return r;
  };

  return {
    target,
    inputs,
    status: (v, periodKind) => STATUS_OF[verdict(v, periodKind)],
    result(v, periodKind) {
      const found = verdict(v, periodKind);
      switch (found) {
        case "exempt":
          return resultOf("na", null, rule.na!.reason);
        case "zero":
          return resultOf("na", null, zeroReason);
        case "missing": {
          const labels = labelsOf(
            fw,
            inputs.filter((_, i) => absent(v[i])),
          );
          return resultOf("missing", null, {
            vi: `Thiếu số liệu: ${labels.vi}`,
            en: `Missing: ${labels.en}`,
          });
        }
        case "met":
        case "not_met":
          return resultOf(found, actual(v));
        case "pending":
          return resultOf("pending", actual(v), pendingReason(target.period));
      }
    },
  };
}

const compiled = new WeakMap<Framework, WeakMap<Target, CompiledTarget>>();

/** The compiled target, made once per framework and target (both are read-only once loaded). */
export function compiledTarget(fw: Framework, target: Target): CompiledTarget {
  let byTarget = compiled.get(fw);
  if (!byTarget) compiled.set(fw, (byTarget = new WeakMap()));
  let c = byTarget.get(target);
  if (!c) byTarget.set(target, (c = compileTarget(fw, target)));
  return c;
}

/**
 * Evaluates one target for one unit. `periodKind` is the report's period: a target not met before
 * the period where it is judged is `pending`, not `not_met`. Without it, the target is judged as is.
 */
export function evaluateTarget(
  fw: Framework,
  target: Target,
  values: Values,
  periodKind?: PeriodKind,
): TargetResult {
  const c = compiledTarget(fw, target);
  return c.result(
    c.inputs.map((id) => values[id]),
    periodKind,
  );
}

/** Every target of the framework for one unit's report. */
export function evaluateReport(fw: Framework, report: Report): TargetResult[] {
  return fw.targets.map((t) => evaluateTarget(fw, t, report.values, report.period?.kind));
}
