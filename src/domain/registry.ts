import type { RegistryUnit } from "./consolidate";
import { normaliseUnitCode } from "./report";
import { cleanText, foldText } from "./text";
import type { RawCell } from "./types";

const CODE_HEADERS = new Set(["ma", "ma don vi", "ma dv", "code", "unit code", "unit_code"]);

/**
 * Reads the registry of expected units from a grid (a CSV, a sheet): the first column is the code and
 * the second the name, after an optional header row. Blank rows are skipped; a repeated code keeps the first.
 */
export function registryFromGrid(grid: readonly (readonly RawCell[])[]): RegistryUnit[] {
  const text = (c: RawCell) =>
    c === null || c === undefined || typeof c === "object" ? "" : cleanText(String(c));
  const rows = grid.map((row) => [text(row[0]), text(row[1])]).filter(([code]) => code !== "");
  if (rows.length && CODE_HEADERS.has(foldText(rows[0][0]))) rows.shift();
  const seen = new Set<string>();
  return rows
    .filter(([code]) => !seen.has(normaliseUnitCode(code)) && seen.add(normaliseUnitCode(code)))
    .map(([code, name]) => ({ code, name: name || code }));
}
