import { registryFromGrid, type RawCell, type RegistryUnit } from "../domain";
import type { LoadedSheet } from "./readReports";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "./sheetName";
import { writeGrid } from "./writeGrid";

/** Found in A1 of the sheet where the office lists the units expected to report. */
export const REGISTRY_MARKER = "chitieu-registry/1";
export const REGISTRY_SHEET_NAME = "Danh sách đơn vị";

/** The registry in a loaded sheet, or null when the sheet is not the registry. */
export function registryOf(sheet: LoadedSheet): RegistryUnit[] | null {
  const first = sheet.grid[0]?.[0];
  if (sheet.origin.row !== 0 || sheet.origin.col !== 0 || first !== REGISTRY_MARKER) return null;
  return registryFromGrid(sheet.grid.slice(1) as RawCell[][], 2);
}

/**
 * Adds the registry sheet for the office to fill: the marker row (hidden), a header, then code and name
 * columns formatted as text so codes like 007 keep their zeros. One sync after reading the names.
 */
export async function createRegistrySheet(run: ExcelRun, caps: Capabilities): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = uniqueSheetName(
      REGISTRY_SHEET_NAME,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    writeGrid(sheet, [
      [{ value: REGISTRY_MARKER, look: { color: "#A6A6A6" } }],
      [
        { value: "Mã đơn vị", look: { bold: true, fill: "#D9D9D9" } },
        { value: "Tên đơn vị", look: { bold: true, fill: "#D9D9D9" } },
      ],
    ]);
    sheet.getRange("A3:B1000").numberFormat = Array.from({ length: 998 }, () => ["@", "@"]);
    sheet.getRange("A1").rowHidden = true;
    sheet.getRange("A1").format.columnWidth = 90;
    sheet.getRange("B1").format.columnWidth = 300;
    if (caps.freezePanes) sheet.freezePanes.freezeRows(2);
    sheet.activate();
    await context.sync();
    return name;
  });
}
