import {
  periodKindLabel,
  ruleInputs,
  statusText,
  type Framework,
  type PeriodKind,
  type Target,
} from "../domain";
import { YES_NO } from "./validation";

/** The A1 reference of a field's input cell, and of the period-kind cell. */
export type RefOf = (fieldId: string) => string;

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const says = (status: Parameters<typeof statusText>[0]) => q(statusText(status).vi);

function choiceLabels(fw: Framework, fieldId: string, values: string[]): string[] {
  const list = fw.choices[fw.fields.find((f) => f.id === fieldId)?.choices ?? ""] ?? [];
  return values.map((v) => list.find((c) => c.value === v)?.label.vi ?? v);
}

const periodLabel = (fw: Framework, kind: PeriodKind) => periodKindLabel(fw, kind).vi;

/** The measured part of a rule as an Excel condition; inputs are known to be filled in. */
function metCondition(fw: Framework, target: Target, ref: RefOf): string {
  const rule = target.unit;
  switch (rule.kind) {
    case "flag":
      return `${ref(rule.field)}=${q(YES_NO[0])}`;
    case "choice":
      return `OR(${choiceLabels(fw, rule.field, rule.in)
        .map((l) => `${ref(rule.field)}=${q(l)}`)
        .join(",")})`;
    case "count":
      return `${ref(rule.field)}${OPS[rule.comparator]}${rule.threshold}`;
    case "rate":
      return `${ref(rule.numerator)}*100${OPS[rule.comparator]}${rule.threshold}*${ref(rule.denominator)}`;
  }
}

const OPS = { gt: ">", gte: ">=", eq: "=", lte: "<=", lt: "<" } as const;

// Both status formulas leave the cell blank while the target's inputs and the period are all blank: a
// blank form prints blank status cells, not “missing” nineteen times.

/**
 * The unit's status for a target as a native Excel formula (no add-in needed: Excel, LibreOffice, WPS),
 * giving the same words as the domain's evaluation for the values the sheet's validation allows.
 */
export function nativeStatusFormula(fw: Framework, target: Target, ref: RefOf, periodRef: string): string {
  const rule = target.unit;
  const measured = rule.kind === "rate" ? [rule.numerator, rule.denominator] : [rule.field];
  const blank = (ids: string[]) =>
    ids.length === 1 ? `${ref(ids[0])}=""` : `OR(${ids.map((id) => `${ref(id)}=""`).join(",")})`;
  const naValue = rule.na
    ? typeof rule.na.equals === "boolean"
      ? q(YES_NO[rule.na.equals ? 0 : 1])
      : rule.na.equals
    : null;
  const naRef = rule.na ? ref(rule.na.field) : "";
  const notYetDue =
    target.period === "term"
      ? `${periodRef}<>${q(periodLabel(fw, "endterm"))}`
      : `${periodRef}=${q(periodLabel(fw, "h1"))}`;
  let tail = `IF(${notYetDue},${says("pending")},${says("not_met")})`;
  if (rule.na && !measured.includes(rule.na.field)) tail = `IF(${naRef}="",${says("missing")},${tail})`;
  let formula = `IF(${metCondition(fw, target, ref)},${says("met")},${tail})`;
  if (rule.kind === "rate") formula = `IF(${ref(rule.denominator)}=0,${says("na")},${formula})`;
  formula = `IF(${blank(measured)},${says("missing")},${formula})`;
  if (rule.na) formula = `IF(AND(${naRef}<>"",${naRef}=${naValue}),${says("na")},${formula})`;
  const untouched = [...ruleInputs(rule).map(ref), periodRef].map((c) => `${c}=""`).join(",");
  return `=IF(AND(${untouched}),"",${formula})`;
}

/** CHITIEU.STATUS takes up to this many inputs before the period argument. */
const STATUS_INPUTS = 3;

/** A cell as a custom-function argument, "" when blank: Excel desktop would pass a blank cell as 0. */
const blankAsEmpty = (cell: string) => `IF(ISBLANK(${cell}),"",${cell})`;

/**
 * The status through the add-in's custom function, as a chair would type it. Blank inputs and a blank
 * period are passed as "", so a target left blank says “missing”, not a status computed from zeros (or
 * #VALUE! for a period “0”). ISBLANK, not `=""`: a typed 0 must stay 0 in every engine.
 */
export function addinStatusFormula(target: Target, ref: RefOf, periodRef: string): string {
  const cells = ruleInputs(target.unit).map(ref);
  const inputs = cells.map(blankAsEmpty);
  const padding = Array.from({ length: STATUS_INPUTS - inputs.length }, () => "");
  const status = `CHITIEU.STATUS(${[q(target.code), ...inputs, ...padding, blankAsEmpty(periodRef)].join(",")})`;
  return `=IF(AND(${[...cells, periodRef].map((c) => `ISBLANK(${c})`).join(",")}),"",${status})`;
}

/** The measured value: a rate as a fraction (shown with a % format), a count or the yes/no answer. */
export function actualFormula(target: Target, ref: RefOf): string {
  const rule = target.unit;
  if (rule.kind === "rate") {
    const [n, d] = [ref(rule.numerator), ref(rule.denominator)];
    return `=IF(OR(${n}="",${d}="",${d}=0),"",${n}/${d})`;
  }
  return `=IF(${ref(rule.field)}="","",${ref(rule.field)})`;
}
