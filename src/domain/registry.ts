import type { RegistryUnit } from "./consolidate";
import { normaliseUnitCode } from "./report";
import { cleanText, foldText } from "./text";
import type { RawCell } from "./types";

const CODE_HEADERS = new Set(["ma", "ma don vi", "ma dv", "code", "unit code", "unit_code"]);

/**
 * Reads the registry of expected units from a grid (a CSV, a sheet): the first column is the code and
 * the second the name, after an optional header row. Blank rows are skipped; a repeated code keeps the
 * first row and notes the others (the consolidation warns about them). `firstRow` numbers grid[0].
 */
export function registryFromGrid(grid: readonly (readonly RawCell[])[], firstRow = 1): RegistryUnit[] {
  const text = (c: RawCell) =>
    c === null || c === undefined || typeof c === "object" ? "" : cleanText(String(c));
  const rows = grid
    .map((row, i) => ({ code: text(row[0]), name: text(row[1]), row: firstRow + i }))
    .filter((r) => r.code !== "");
  if (rows.length && CODE_HEADERS.has(foldText(rows[0].code))) rows.shift();
  const byCode = new Map<string, RegistryUnit>();
  for (const { code, name, row } of rows) {
    const first = byCode.get(normaliseUnitCode(code));
    if (first) (first.repeats ??= []).push({ row, name: name || code });
    else byCode.set(normaliseUnitCode(code), { code, name: name || code, row });
  }
  return [...byCode.values()];
}
