import { REGISTRY_MARKER, REGISTRY_SHEET_NAME } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { writeGrid } from "./writeGrid";
import { failed } from "./newSheets";

/**
 * Adds the registry sheet for the office to fill: the marker row (hidden), a header, then code and name
 * columns formatted as text so codes like 007 keep their zeros. One sync after reading the names.
 */
export async function createRegistrySheet(run: ExcelRun, caps: Capabilities): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync().catch(failed);
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
