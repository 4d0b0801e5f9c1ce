import type { Comparator } from "../domain";

const SYMBOLS: Record<string, Comparator> = {
  ">": "gt",
  ">=": "gte",
  "≥": "gte",
  "=": "eq",
  "==": "eq",
  "<=": "lte",
  "≤": "lte",
  "<": "lt",
  gt: "gt",
  gte: "gte",
  eq: "eq",
  lte: "lte",
  lt: "lt",
};

/** Reads the comparator a chair types: ">", ">=", "≥", "=", "<=", "≤", "<" (or the framework's gt, gte, …). */
export function parseComparator(value: unknown): Comparator | null {
  if (typeof value !== "string") return null;
  return SYMBOLS[value.replace(/\s+/g, "").toLowerCase()] ?? null;
}

export const COMPARATOR_LIST = "> · >= (≥) · = · <= (≤) · <";
