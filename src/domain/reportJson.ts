import * as z from "zod/mini";
import type { Framework } from "./frameworkSchema";
import { parseReport, unreadableReport, type Report } from "./report";
import type { DomainError, RawCell } from "./types";

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

function unreadable(source: string, errors: DomainError[]): Report {
  return { ...unreadableReport(source, "", "", ""), errors };
}

/**
 * A report from the text of a JSON file. Never throws: text that is not JSON, or JSON that is not a
 * report, gives a report whose errors say why (the first names the file, the others each problem by path).
 */
export function reportFromJsonText(fw: Framework, text: string, source: string): Report {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = (e as Error).message;
    return unreadable(source, [
      {
        code: "not_json",
        message: {
          vi: `${source} không phải JSON hợp lệ: ${why}`,
          en: `${source} is not valid JSON: ${why}`,
        },
      },
    ]);
  }
  const parsed = reportJsonSchema.safeParse(json);
  if (parsed.success) return parseReport(fw, rawFromReportJson(parsed.data), source);
  return unreadable(source, [
    {
      code: "not_report_json",
      message: {
        vi: `${source} không đúng mẫu báo cáo JSON`,
        en: `${source} is not a report in the JSON form`,
      },
    },
    ...parsed.error.issues.map((i) => {
      const at = i.path.join(".") || "(root)";
      return {
        code: "json_shape",
        cell: at,
        message: { vi: `${at}: ${i.message}`, en: `${at}: ${i.message}` },
      };
    }),
  ]);
}
