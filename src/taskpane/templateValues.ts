import { defaultFramework, periodKindLabel, type FieldValue } from "../domain";
import type { TemplateValues } from "./components/TemplateForm";

/** The form's entries as the template's pre-filled cells: the period by its Vietnamese label, as clerks type it. */
export function templateValues(v: TemplateValues): Record<string, FieldValue | null> {
  const label = periodKindLabel(defaultFramework, v.kind).vi;
  const year = Number(v.year);
  return {
    unit_code: v.unitCode.trim() || null,
    unit_name: v.unitName.trim() || null,
    period_kind: label,
    year: Number.isInteger(year) && year > 1900 ? year : null,
  };
}
