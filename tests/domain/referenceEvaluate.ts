/**
 * The evaluator as written before targets were compiled (commit 4163100), kept only as an oracle for
 * the property test: a straightforward reading of the rules, with no care for allocation.
 */
import {
  closesPeriod,
  compare,
  compareRate,
  percent,
  unitShape,
  type Framework,
  type PeriodKind,
  type Status,
  type Target,
  type TargetResult,
  type Text,
  type UnitRule,
  type Values,
} from "../../src/domain";

const pendingReason = (period: Target["period"]): Text =>
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

function ruleInputs(rule: UnitRule): string[] {
  const own = measuredFields(rule);
  return rule.na && !own.includes(rule.na.field) ? [...own, rule.na.field] : own;
}

function labelsOf(fw: Framework, ids: string[]): Text {
  const labels = ids.map((id) => fw.fields.find((f) => f.id === id)?.label ?? { vi: id, en: id });
  return { vi: labels.map((l) => l.vi).join(", "), en: labels.map((l) => l.en).join(", ") };
}

/** The raw measurement of a rule: `met` before any period is taken into account. */
function measure(rule: UnitRule, values: Values): { met: boolean; actual: number } | "na" {
  switch (rule.kind) {
    case "flag":
      return { met: values[rule.field] === true, actual: values[rule.field] === true ? 1 : 0 };
    case "choice": {
      const met = rule.in.includes(String(values[rule.field]));
      return { met, actual: met ? 1 : 0 };
    }
    case "count": {
      const n = values[rule.field] as number;
      return { met: compare(n, rule.comparator, rule.threshold), actual: n };
    }
    case "rate": {
      const num = values[rule.numerator] as number;
      const den = values[rule.denominator] as number;
      if (den === 0) return "na";
      return { met: compareRate(num, den, rule.comparator, rule.threshold), actual: percent(num, den) };
    }
  }
}

const isAbsent = (values: Values, id: string) => values[id] === undefined || values[id] === null;

/**
 * A result built as a literal: `{ ...base, status }` costs microseconds per call in V8 (Node 20),
 * which made consolidating 1,000 units take ~100 ms, almost all of it in evaluateTarget.
 */
function resultOf(target: Target, status: Status, actual: number | null, reason?: Text): TargetResult {
  const { threshold, comparator, unit } = unitShape(target.unit);
  const r: TargetResult = { code: target.code, status, actual, threshold, comparator, unit };
  if (reason) r.reason = reason;
  return r;
}

function missingResult(fw: Framework, target: Target, ids: string[]): TargetResult {
  const labels = labelsOf(fw, ids);
  return resultOf(target, "missing", null, {
    vi: `Thiếu số liệu: ${labels.vi}`,
    en: `Missing: ${labels.en}`,
  });
}

/**
 * Evaluates one target for one unit. `periodKind` is the report's period: a target not met before
 * the period where it is judged is `pending`, not `not_met`. Without it, the target is judged as is.
 */
export function referenceEvaluateTarget(
  fw: Framework,
  target: Target,
  values: Values,
  periodKind?: PeriodKind,
): TargetResult {
  const rule = target.unit;
  if (rule.na && values[rule.na.field] === rule.na.equals)
    return resultOf(target, "na", null, rule.na.reason);
  const absent = ruleInputs(rule).filter((id) => isAbsent(values, id));
  if (measuredFields(rule).some((id) => isAbsent(values, id))) return missingResult(fw, target, absent);
  const m = measure(rule, values);
  if (m === "na") {
    const den = labelsOf(fw, [rule.kind === "rate" ? rule.denominator : ""]);
    return resultOf(target, "na", null, { vi: `${den.vi} bằng 0`, en: `${den.en} is 0` });
  }
  if (m.met) return resultOf(target, "met", m.actual);
  // Not met, but the unit may not have to: without the not-applicable answer we cannot tell.
  if (absent.length) return missingResult(fw, target, absent);
  if (periodKind && !closesPeriod(periodKind, target.period)) {
    return resultOf(target, "pending", m.actual, pendingReason(target.period));
  }
  return resultOf(target, "not_met", m.actual);
}
