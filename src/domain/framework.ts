import type * as z from "zod/mini";
import { frameworkSchema, type Framework, type FieldDef, type Target } from "./frameworkSchema";
import defaultJson from "../frameworks/cdvc-2023-2028.json";
import { PERIOD_KINDS } from "./period";
import { cleanText } from "./text";

export type { Framework, FieldDef, Target } from "./frameworkSchema";

/** A framework file that does not fit the schema; `problems` name the bad paths. */
export class FrameworkError extends Error {
  constructor(readonly problems: string[]) {
    super(`Khung chỉ tiêu không hợp lệ / Invalid framework:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "FrameworkError";
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/** zod/mini carries no messages ("Invalid input"), so say what was expected from the issue itself. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${quoted(issue.values)}`;
    case "invalid_union":
      return issue.discriminator && "options" in issue
        ? `expected ${issue.discriminator} to be one of ${quoted(issue.options ?? [])}`
        : "matches none of the allowed shapes";
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${quoted(issue.keys)}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " character(s)" : ""}`;
    case "invalid_format":
      return "pattern" in issue && issue.pattern
        ? `does not match ${issue.pattern}`
        : `invalid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** The header fields `parseReport` and `consolidate` read by name: without them no report could be merged. */
const HEADER: [id: string, kind: FieldDef["kind"], required: boolean][] = [
  ["unit_code", "text", true],
  ["unit_name", "text", false],
  ["period_kind", "choice", true],
  ["year", "year", true],
  ["report_date", "date", false],
];

function headerProblems(fw: Framework): string[] {
  const problems: string[] = [];
  for (const [id, kind, required] of HEADER) {
    const i = fw.fields.findIndex((f) => f.id === id);
    const f = fw.fields[i];
    if (!f) {
      if (required) problems.push(`fields: no "${id}" field (${kind}), which every report needs`);
    } else if (f.kind !== kind) problems.push(`fields[${i}].kind: "${id}" must be ${kind}, not ${f.kind}`);
    else if (required && !f.required) problems.push(`fields[${i}].required: "${id}" must be required`);
  }
  const kinds = fw.fields.find((f) => f.id === "period_kind" && f.kind === "choice")?.choices;
  (fw.choices[kinds ?? ""] ?? []).forEach((c, i) => {
    if (!(PERIOD_KINDS as readonly string[]).includes(c.value))
      problems.push(`choices.${kinds}[${i}].value: "${c.value}" is not one of ${PERIOD_KINDS.join(", ")}`);
  });
  return problems;
}

function referenceProblems(fw: Framework): string[] {
  const problems: string[] = [];
  const fields = new Map(fw.fields.map((f) => [f.id, f]));
  const expectKind = (where: string, fieldId: string, kinds: FieldDef["kind"][]) => {
    const f = fields.get(fieldId);
    if (!f) problems.push(`${where}: unknown field "${fieldId}"`);
    else if (!kinds.includes(f.kind))
      problems.push(`${where}: field "${fieldId}" is ${f.kind}, expected ${kinds.join(" or ")}`);
  };
  const seen = new Set<string>();
  fw.fields.forEach((f, i) => {
    if (seen.has(f.id)) problems.push(`fields[${i}].id: duplicate "${f.id}"`);
    seen.add(f.id);
    if (f.kind === "choice" && !(f.choices && fw.choices[f.choices]))
      problems.push(`fields[${i}].choices: no choice list "${f.choices ?? ""}"`);
    if (f.term_total === "sum" && f.kind !== "count")
      problems.push(`fields[${i}].term_total: "sum" needs a count field, not ${f.kind}`);
    if (f.term_total === "ever_yes" && f.kind !== "yes_no")
      problems.push(`fields[${i}].term_total: "ever_yes" needs a yes_no field, not ${f.kind}`);
  });
  problems.push(...headerProblems(fw));
  fw.constraints.forEach((c, i) => {
    expectKind(`constraints[${i}].field`, c.field, ["count"]);
    expectKind(`constraints[${i}].lte`, c.lte, ["count"]);
  });
  const codes = new Set<string>();
  fw.targets.forEach((t: Target, i) => {
    const at = `targets[${i}].unit`;
    if (codes.has(t.code)) problems.push(`targets[${i}].code: duplicate "${t.code}"`);
    codes.add(t.code);
    const rule = t.unit;
    if (rule.kind === "flag") expectKind(`${at}.field`, rule.field, ["yes_no"]);
    if (rule.kind === "count") expectKind(`${at}.field`, rule.field, ["count"]);
    if (rule.kind === "rate") {
      expectKind(`${at}.numerator`, rule.numerator, ["count"]);
      expectKind(`${at}.denominator`, rule.denominator, ["count"]);
    }
    if (rule.kind === "choice") {
      expectKind(`${at}.field`, rule.field, ["choice"]);
      const list = fw.choices[fields.get(rule.field)?.choices ?? ""] ?? [];
      for (const v of rule.in)
        if (!list.some((c) => c.value === v))
          problems.push(`${at}.in: "${v}" is not a choice of ${rule.field}`);
    }
    if (rule.na) expectKind(`${at}.na.field`, rule.na.field, ["yes_no", "count"]);
    if (t.province.kind === "pooled_rate" && rule.kind !== "rate")
      problems.push(`targets[${i}].province: pooled_rate needs a rate unit rule`);
  });
  return problems;
}

/** Checks a framework (parsed JSON) against the schema and its own references. */
export function loadFramework(json: unknown): Framework {
  const parsed = frameworkSchema.safeParse(json);
  if (!parsed.success) {
    throw new FrameworkError(
      parsed.error.issues.map((i) => `${pathOf(i.path) || "(root)"}: ${describeIssue(i)}`),
    );
  }
  const problems = referenceProblems(parsed.data);
  if (problems.length) throw new FrameworkError(problems);
  return parsed.data;
}

export const defaultFramework: Framework = loadFramework(defaultJson);

export function fieldOf(fw: Framework, id: string): FieldDef | undefined {
  return fw.fields.find((f) => f.id === id);
}

const fieldIdSets = new WeakMap<Framework, ReadonlySet<string>>();

/** The framework's field ids, as a set made once per framework (every report read asks). */
export function fieldIdsOf(fw: Framework): ReadonlySet<string> {
  let ids = fieldIdSets.get(fw);
  if (!ids) fieldIdSets.set(fw, (ids = new Set(fw.fields.map((f) => f.id))));
  return ids;
}

/** A target code as typed in a formula: " 2.1A " is 2.1a, "2,5" (decimal comma) and the number 2.5 are 2.5. */
export function normaliseTargetCode(typed: unknown): string {
  return cleanText(String(typed ?? ""))
    .replace(",", ".")
    .toLowerCase();
}

const targetsByCode = new WeakMap<Framework, Map<string, Target>>();

/** The framework's target for a code as typed (see `normaliseTargetCode`), or undefined. */
export function findTarget(fw: Framework, typed: unknown): Target | undefined {
  let byCode = targetsByCode.get(fw);
  if (!byCode) targetsByCode.set(fw, (byCode = new Map(fw.targets.map((t) => [t.code, t]))));
  return byCode.get(normaliseTargetCode(typed));
}
