import {
  rawFromReportJson,
  type DomainError,
  type FieldValue,
  type Framework,
  type ReportJson,
} from "../domain";
import { YES_NO } from "../reportSheet";
import { readJson, readReportJson } from "./inputs";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export interface TemplateValues {
  values: Record<string, FieldValue>;
  /** Values written as given because they cannot be read: the clerk sees them, and so does the user. */
  problems: DomainError[];
}

/**
 * A JSON report's values as a clerk would have typed them in the template: choices by their Vietnamese
 * label, yes/no as Có/Không, dates as Excel dates. A value the report cannot read is written as given
 * (the sheet's own check marks it) and listed in `problems`: nothing is dropped without a word.
 */
export async function templateValues(fw: Framework, file: string): Promise<TemplateValues> {
  const report = await readReportJson(fw, file);
  const raw = rawFromReportJson((await readJson(file)) as ReportJson);
  const values: Record<string, FieldValue> = {};
  for (const field of fw.fields) {
    const v = report.values[field.id];
    const given = raw[field.id];
    if (v === undefined) {
      if (report.errors.some((e) => e.field === field.id) && given !== null && given !== undefined)
        values[field.id] = typeof given === "object" ? String(given) : given;
      continue;
    }
    if (field.kind === "choice")
      values[field.id] = fw.choices[field.choices ?? ""]?.find((c) => c.value === v)?.label.vi ?? v;
    else if (field.kind === "yes_no") values[field.id] = YES_NO[v ? 0 : 1];
    else if (field.kind === "date" && typeof v === "string")
      values[field.id] = (Date.parse(`${v}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000;
    else values[field.id] = v;
  }
  const problems = report.errors.map((e) => {
    const given = e.field === undefined ? undefined : values[e.field];
    if (given === undefined || report.values[e.field!] !== undefined) return e;
    const shown = `“${String(given)}”`;
    return {
      ...e,
      message: { vi: `${e.message.vi} — đã ghi ${shown}`, en: `${e.message.en} — written as ${shown}` },
    };
  });
  return { values, problems };
}
