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

/**
 * Compares numerator/denominator as a percentage with the threshold exactly, by cross-multiplying
 * whole numbers: 3 of 20 is exactly 15%, where 3 / 20 * 100 is 15.000000000000002 in floating point.
 */
export function compareRate(
  numerator: number,
  denominator: number,
  comparator: Comparator,
  thresholdPercent: number,
): boolean {
  const scale = 10 ** decimals(thresholdPercent);
  const left = numerator * 100 * scale;
  const right = Math.round(thresholdPercent * scale) * denominator;
  return compare(left, comparator, right);
}

/** A percentage for display, to two decimals. */
export function percent(numerator: number, denominator: number): number {
  return Math.round((numerator / denominator) * 10000) / 100;
}
