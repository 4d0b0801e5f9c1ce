import { fieldIdsOf } from "./framework";
import type { Framework } from "./frameworkSchema";
import { errors } from "./messages";
import { parseCell } from "./parseCell";
import { cleanText } from "./text";
import type { DomainError, FieldValue, Period, PeriodKind, RawCell } from "./types";

/** One unit's report: typed values by field id. Header fields are lifted out for convenience. */
export interface Report {
  unitCode: string | null;
  unitName: string | null;
  period: Period | null;
  reportDate: string | null;
  values: Record<string, FieldValue>;
  errors: DomainError[];
  /** Where the report came from (sheet or file name), for messages; set by the adapter. */
  source: string;
}

/** Unit codes are compared as typed, less case, spaces and Unicode form. */
export function normaliseUnitCode(code: string): string {
  return cleanText(code).toUpperCase();
}

function constraintErrors(fw: Framework, values: Record<string, FieldValue>): DomainError[] {
  const out: DomainError[] = [];
  for (const c of fw.constraints) {
    const a = values[c.field];
    const b = values[c.lte];
    if (typeof a === "number" && typeof b === "number" && a > b) {
      const field = fw.fields.find((f) => f.id === c.field)!;
      const limit = fw.fields.find((f) => f.id === c.lte)!;
      out.push(errors.exceeds(field, a, limit, b));
    }
  }
  return out;
}

/**
 * Parses a report given as raw cells by field id (what a sheet or a JSON file holds).
 * Every field is parsed; all errors are collected, none thrown.
 */
export function parseReport(fw: Framework, raw: Record<string, RawCell>, source = ""): Report {
  const values: Record<string, FieldValue> = {};
  const found: DomainError[] = [];
  const ids = fieldIdsOf(fw);
  for (const key of Object.keys(raw)) {
    if (!ids.has(key)) found.push(errors.unknownField(key));
  }
  for (const field of fw.fields) {
    const result = parseCell(fw, field, raw[field.id]);
    if (!result.ok) found.push(result.error);
    else if (result.value !== null) values[field.id] = result.value;
    else if (field.required) found.push(errors.required(field));
  }
  found.push(...constraintErrors(fw, values));
  const kind = values.period_kind as PeriodKind | undefined;
  const year = values.year as number | undefined;
  return {
    unitCode: typeof values.unit_code === "string" ? normaliseUnitCode(values.unit_code) : null,
    unitName: typeof values.unit_name === "string" ? values.unit_name : null,
    period: kind && year ? { kind, year } : null,
    reportDate: typeof values.report_date === "string" ? values.report_date : null,
    values,
    errors: found,
    source,
  };
}

/** A source that gives no report (unreadable file, no report sheet): the consolidation lists it as excluded, with why. */
export function unreadableReport(source: string, code: string, vi: string, en: string): Report {
  return {
    unitCode: null,
    unitName: null,
    period: null,
    reportDate: null,
    values: {},
    errors: [{ code, message: { vi, en } }],
    source,
  };
}
