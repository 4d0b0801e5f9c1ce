import { unitShape } from "./evaluate";
import type { Framework, Target } from "./frameworkSchema";
import { formatNumberVi, thresholdText } from "./present";
import type { TargetResult, Text } from "./types";

interface Tally {
  decided: number;
  met: number;
  na: number;
  missing: number;
  /** Units of the unit list not reported; null without a list. */
  waiting: number | null;
  /** A pooled rate's sums over the decided units. */
  pooled?: { num: number; den: number };
}

/** What a unit measures, from its field's label: “Số đoàn viên nữ …” reads “đoàn viên nữ …”. */
function measureOf(fw: Framework, target: Target): Text {
  const rule = target.unit;
  const id = rule.kind === "rate" ? rule.numerator : rule.field;
  const label = fw.fields.find((f) => f.id === id)?.label ?? { vi: id, en: id };
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  return { vi: lower(label.vi.replace(/^Số /, "")), en: lower(label.en) };
}

/** The unit's own threshold with what it measures: “≥ 15% đoàn viên đăng ký …”. */
function unitCriterion(fw: Framework, target: Target): Text {
  const shape = unitShape(target.unit);
  const measure = measureOf(fw, target);
  const limit = thresholdText(shape);
  return {
    vi: `${limit} ${measure.vi}`,
    en: `${limit}${shape.unit === "percent" ? " of" : ""} ${measure.en}`,
  };
}

/**
 * The province's threshold for a target, as the programme states it: “mỗi CĐCS ≥ 15% đoàn viên đăng ký …”
 * for a target every unit must meet, “≥ 90% CĐCS” for a share of units, the unit rule's threshold for a
 * pooled rate.
 */
export function provinceThreshold(
  fw: Framework,
  target: Target,
  shape: Pick<TargetResult, "threshold" | "comparator" | "unit">,
): Text {
  const rule = target.province;
  const limit = thresholdText(shape);
  if (rule.kind === "share_of_units" && target.level === "unit") {
    const criterion = unitCriterion(fw, target);
    return { vi: `Mỗi CĐCS ${criterion.vi}`, en: `Each unit ${criterion.en}` };
  }
  if (rule.kind === "share_of_units") return { vi: `${limit} CĐCS`, en: `${limit} of units` };
  if (rule.kind === "units_not_met") return { vi: `${limit} CĐCS không đạt`, en: `${limit} unit(s) not met` };
  return { vi: limit, en: limit };
}

/** What is not counted yet: units not applicable, lacking figures, not reported or not known at all. */
function tail(t: Tally): Text {
  const vi: string[] = [];
  const en: string[] = [];
  const add = (v: string, e: string) => {
    vi.push(v);
    en.push(e);
  };
  if (t.na) add(`${t.na} CĐCS không áp dụng`, `${t.na} not applicable`);
  if (t.missing) add(`${t.missing} CĐCS thiếu số liệu`, `${t.missing} lack the figures`);
  if (t.waiting) add(`${t.waiting} CĐCS chưa báo cáo`, `${t.waiting} not reported`);
  if (t.waiting === null)
    add(
      "chưa có danh sách đơn vị nên chưa biết đã đủ CĐCS chưa",
      "no unit list, so whether every unit reported is unknown",
    );
  return { vi: vi.map((s) => `; ${s}`).join(""), en: en.map((s) => `; ${s}`).join("") };
}

/**
 * The province's result for a target in words an officer copies into a report: “4/6 CĐCS đạt (≥ 15%
 * đoàn viên đăng ký …)” for a “mỗi CĐCS” target (the programme's own threshold and the share of units),
 * “9/10 CĐCS đạt (cần > 90% CĐCS)” for a “100% CĐCS” one, then what is not counted yet.
 */
export function provinceWords(
  fw: Framework,
  target: Target,
  t: Tally,
  shape: Pick<TargetResult, "threshold" | "comparator" | "unit">,
): Text {
  const rule = target.province;
  const concerned = t.decided + t.missing + (t.waiting ?? 0);
  const rest = tail(t);
  const needs = (limit: string): Text => ({ vi: `cần ${limit} CĐCS`, en: `needs ${limit} of units` });
  if (rule.kind === "pooled_rate" && t.pooled) {
    const { num, den } = t.pooled;
    const limit = thresholdText(shape);
    return {
      vi: `${formatNumberVi(num)}/${formatNumberVi(den)} trên ${t.decided} CĐCS (${limit})${rest.vi}`,
      en: `${formatNumberVi(num)}/${formatNumberVi(den)} over ${t.decided} unit(s) (${limit})${rest.en}`,
    };
  }
  if (rule.kind === "units_not_met") {
    const notMet = t.decided - t.met;
    const limit = thresholdText(shape);
    return {
      vi: `${notMet}/${concerned} CĐCS không đạt (cần ${limit})${rest.vi}`,
      en: `${notMet}/${concerned} unit(s) not met (needs ${limit})${rest.en}`,
    };
  }
  const criterion = target.level === "unit" ? unitCriterion(fw, target) : needs(thresholdText(shape));
  return {
    vi: `${t.met}/${concerned} CĐCS đạt (${criterion.vi})${rest.vi}`,
    en: `${t.met}/${concerned} unit(s) met (${criterion.en})${rest.en}`,
  };
}
