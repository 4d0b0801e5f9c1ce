import * as z from "zod/mini";
import type { RawCell } from "./types";

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The interchange form of one report: `{"unit":{"code","name"},"period":{"kind","year"},"report_date","values":{…}}`. */
export const reportJsonSchema = z.object({
  unit: z.object({ code: cell, name: z.optional(cell) }),
  period: z.object({ kind: cell, year: cell }),
  report_date: z.optional(cell),
  reporter: z.optional(cell),
  values: z.record(z.string(), cell),
});

export type ReportJson = z.infer<typeof reportJsonSchema>;

/** Problems with the JSON's shape, one line each naming the path; empty when it fits. */
export function reportJsonProblems(json: unknown): string[] {
  const parsed = reportJsonSchema.safeParse(json);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
}

/** The raw cells of a report in JSON form, by field id, ready for `parseReport`. */
export function rawFromReportJson(json: ReportJson): Record<string, RawCell> {
  const header: Record<string, RawCell> = {
    unit_code: json.unit.code,
    unit_name: json.unit.name,
    period_kind: json.period.kind,
    year: json.period.year,
    report_date: json.report_date,
    reporter: json.reporter,
  };
  for (const key of Object.keys(header)) if (header[key] === undefined) delete header[key];
  return { ...json.values, ...header };
}
