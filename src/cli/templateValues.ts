import type { FieldValue, Framework } from "../domain";
import { YES_NO } from "../reportSheet";
import { readReportJson } from "./inputs";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A JSON report's values as a clerk would have typed them in the template: choices by their Vietnamese
 * label, yes/no as Có/Không, dates as Excel dates. Values the report could not parse are left out.
 */
export async function templateValues(fw: Framework, file: string): Promise<Record<string, FieldValue>> {
  const report = await readReportJson(fw, file);
  const out: Record<string, FieldValue> = {};
  for (const field of fw.fields) {
    const v = report.values[field.id];
    if (v === undefined) continue;
    if (field.kind === "choice")
      out[field.id] = fw.choices[field.choices ?? ""]?.find((c) => c.value === v)?.label.vi ?? v;
    else if (field.kind === "yes_no") out[field.id] = YES_NO[v ? 0 : 1];
    else if (field.kind === "date" && typeof v === "string")
      out[field.id] = (Date.parse(`${v}T00:00:00Z`) - EXCEL_EPOCH_MS) / 86_400_000;
    else out[field.id] = v;
  }
  return out;
}
