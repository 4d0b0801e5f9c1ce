import type { Comparator } from "./types";

export function compare(actual: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case "gt":
      return actual > threshold;
    case "gte":
      return actual >= threshold;
    case "eq":
      return actual === threshold;
    case "lte":
      return actual <= threshold;
    case "lt":
      return actual < threshold;
  }
}

function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** A percentage threshold as whole numbers: 15.5% is 155 on a scale of 10. */
export interface ExactPercent {
  scale: number;
  scaled: number;
}

export function exactPercent(thresholdPercent: number): ExactPercent {
  const scale = 10 ** decimals(thresholdPercent);
  return { scale, scaled: Math.round(thresholdPercent * scale) };
}

/**
 * Compares numerator/denominator as a percentage with the threshold exactly, by cross-multiplying
 * whole numbers: 3 of 20 is exactly 15%, where 3 / 20 * 100 is 15.000000000000002 in floating point.
 * A threshold compared many times is made exact once, with `exactPercent`.
 */
export function compareRate(
  numerator: number,
  denominator: number,
  comparator: Comparator,
  threshold: number | ExactPercent,
): boolean {
  const { scale, scaled } = typeof threshold === "number" ? exactPercent(threshold) : threshold;
  return compare(numerator * 100 * scale, comparator, scaled * denominator);
}

/** A percentage for display, to two decimals. */
export function percent(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10000) / 100;
}

const COMPARATORS: Readonly<Record<string, Comparator>> = {
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

/** Reads a comparator as typed: ">", ">=", "≥", "=", "<=", "≤", "<" (spaces ignored), or gt, gte, eq, lte, lt. */
export function parseComparator(text: unknown): Comparator | null {
  if (typeof text !== "string") return null;
  return COMPARATORS[text.replace(/\s+/g, "").toLowerCase()] ?? null;
}
