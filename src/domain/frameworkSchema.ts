import * as z from "zod/mini";

// Strict objects throughout: a misspelt optional key (say `"NA"` for `"na"`) must fail, not vanish.

const text = z.strictObject({ vi: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) });
const comparator = z.enum(["gt", "gte", "eq", "lte", "lt"]);
const id = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/));

const na = z.strictObject({
  field: id,
  equals: z.union([z.boolean(), z.number()]),
  reason: text,
});

const unitRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("flag"), field: id, na: z.optional(na) }),
  z.strictObject({
    kind: z.literal("choice"),
    field: id,
    in: z.array(z.string()).check(z.minLength(1)),
    na: z.optional(na),
  }),
  z.strictObject({
    kind: z.literal("rate"),
    numerator: id,
    denominator: id,
    comparator,
    threshold: z.number().check(z.nonnegative()),
    na: z.optional(na),
  }),
  z.strictObject({
    kind: z.literal("count"),
    field: id,
    comparator,
    threshold: z.number().check(z.nonnegative()),
    na: z.optional(na),
  }),
]);

const provinceRule = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("share_of_units"),
    comparator,
    threshold: z.number().check(z.nonnegative()),
  }),
  z.strictObject({ kind: z.literal("pooled_rate") }),
  z.strictObject({
    kind: z.literal("units_not_met"),
    comparator,
    threshold: z.number().check(z.nonnegative()),
  }),
]);

const choice = z.strictObject({ value: z.string(), label: text, aliases: z.optional(z.array(z.string())) });

const field = z.strictObject({
  id,
  section: z.enum(["header", "base", "activity"]),
  kind: z.enum(["text", "date", "year", "count", "yes_no", "choice"]),
  choices: z.optional(z.string()),
  required: z.optional(z.boolean()),
  label: text,
  /**
   * How the term's figure is made from the yearly reports (mid-term and end-of-term reviews): `sum`
   * adds the years (a count), `latest` takes the last year reported (the default), `ever_yes` is yes
   * once any year said yes (a yes/no done once for the term; a later “no” is flagged).
   */
  term_total: z.optional(z.enum(["sum", "latest", "ever_yes"])),
});

const target = z.strictObject({
  code: z.string().check(z.regex(/^\d+\.\d+[a-z]?$/)),
  item: z.string(),
  period: z.enum(["year", "term"]),
  level: z.enum(["unit", "province"]),
  text,
  note: z.optional(text),
  unit: unitRule,
  province: provinceRule,
});

const nonEmpty = z.string().check(z.minLength(1));

const issuerDefaults = z.strictObject({
  superior: nonEmpty,
  /** `{unit}` stands for the unit's name. */
  issuer: nonEmpty,
  symbol: nonEmpty,
  signer: z.strictObject({ capacity: nonEmpty, title: nonEmpty }),
  recipients: z.array(nonEmpty),
});

/** Defaults of the printed report's head and foot (decision 933/QĐ-TLĐ, decree 30/2020/NĐ-CP). */
const documentDefaults = z.strictObject({
  /** The title's subject before the period: “Kết quả thực hiện các chỉ tiêu …”. */
  subject: nonEmpty,
  place: nonEmpty,
  preparer: nonEmpty,
  unit: issuerDefaults,
  province: issuerDefaults,
});

export const frameworkSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  version: z.number(),
  name: text,
  term: z.strictObject({ start: z.number().check(z.int()), end: z.number().check(z.int()) }),
  choices: z.record(z.string(), z.array(choice)),
  fields: z.array(field).check(z.minLength(1)),
  constraints: z.array(z.strictObject({ field: id, lte: id })),
  targets: z.array(target).check(z.minLength(1)),
  document: z.optional(documentDefaults),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type FieldDef = Framework["fields"][number];
export type TermTotal = NonNullable<FieldDef["term_total"]>;
export type Target = Framework["targets"][number];
export type UnitRule = Target["unit"];
export type ProvinceRule = Target["province"];
export type Choice = z.infer<typeof choice>;
