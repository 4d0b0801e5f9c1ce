import type { Comparator, TargetResult } from "./types";

const SYMBOLS: Record<Comparator, string> = { gt: ">", gte: "≥", eq: "=", lte: "≤", lt: "<" };

export function comparatorSymbol(c: Comparator): string {
  return SYMBOLS[c];
}

const VI = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** A number as Vietnamese readers write it: 1.234,5 (one formatter for every call: building one is slow). */
export function formatNumberVi(n: number): string {
  return VI.format(n);
}

const ISO_DATE = /^(\d{4})-(\d\d)-(\d\d)$/;

/** A date (yyyy-mm-dd) as Vietnamese readers write it, dd/mm/yyyy; any other text as it is, none as "". */
export function formatDateVi(iso: string | null): string {
  return iso ? iso.replace(ISO_DATE, "$3/$2/$1") : "";
}

function withUnit(n: number, unit: TargetResult["unit"]): string {
  return unit === "percent" ? `${formatNumberVi(n)}%` : formatNumberVi(n);
}

/**
 * “> 90%”, “≥ 1”, “Có” for a yes/no criterion, and an exact value alone (“0”): a text starting with “=”
 * would read as a formula in a spreadsheet.
 */
export function thresholdText(r: Pick<TargetResult, "comparator" | "threshold" | "unit">): string {
  if (r.unit === "flag") return "Có";
  const value = withUnit(r.threshold, r.unit);
  return r.comparator === "eq" ? value : `${comparatorSymbol(r.comparator)} ${value}`;
}

export function actualText(r: Pick<TargetResult, "actual" | "unit">): string {
  if (r.actual === null) return "—";
  if (r.unit === "flag") return r.actual === 1 ? "Có" : "Không";
  return withUnit(r.actual, r.unit);
}
