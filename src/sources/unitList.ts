import { registryFromGrid, type RawCell, type RegistryUnit } from "../domain";
import type { SheetGrid } from "./grids";

/** Found in A1 of the sheet where the office lists the units expected to report. */
export const REGISTRY_MARKER = "chitieu-registry/1";
export const REGISTRY_SHEET_NAME = "Danh sách đơn vị";

const startsAtA1 = (sheet: SheetGrid) => !sheet.origin || (sheet.origin.row === 0 && sheet.origin.col === 0);

/** The unit list in a sheet made for it (its marker in A1), or null when the sheet is not one. */
export function unitListSheet(sheet: SheetGrid): RegistryUnit[] | null {
  if (!startsAtA1(sheet) || sheet.rows[0]?.[0] !== REGISTRY_MARKER) return null;
  return registryFromGrid(sheet.rows.slice(1) as RawCell[][], 2);
}

/** The unit list of a workbook given as one: its marked sheet, else code and name in its first sheet. */
export function unitListOf(sheets: readonly SheetGrid[]): RegistryUnit[] {
  for (const sheet of sheets) {
    const units = unitListSheet(sheet);
    if (units) return units;
  }
  return sheets.length ? registryFromGrid(sheets[0].rows) : [];
}
