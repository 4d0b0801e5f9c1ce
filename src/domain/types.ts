/** Bilingual text: Vietnamese first, English second. */
export interface Text {
  vi: string;
  en: string;
}

export type PeriodKind = "h1" | "year" | "midterm" | "endterm";

export interface Period {
  kind: PeriodKind;
  year: number;
}

/**
 * A value as it comes out of a cell: Office.js, the file reader and the fake all reduce to this.
 * `{ formula: true }` is a formula saved without its result (written by a program that does not calculate).
 */
export type RawCell =
  string | number | boolean | null | undefined | Date | { error: string } | { formula: true };

export type FieldValue = string | number | boolean;

/** An error the UI can show: a code, the field (adapters add the cell), and a message in both languages. */
export interface DomainError {
  code: string;
  field?: string;
  /** Where it is: "D12", or "Sheet!D12" / "file.xlsx › Sheet!D12" across sources. Set by adapters. */
  cell?: string;
  message: Text;
}

export type Comparator = "gt" | "gte" | "eq" | "lte" | "lt";

export type Status = "met" | "not_met" | "na" | "missing" | "pending";

export interface TargetResult {
  code: string;
  status: Status;
  /** Percent for rates and shares, a count for counts, 1/0 for a yes/no criterion; null when unknown. */
  actual: number | null;
  threshold: number;
  comparator: Comparator;
  unit: "percent" | "count" | "flag";
  /** Why a target is not applicable, missing or pending. */
  reason?: Text;
}
