import { REGISTRY_MARKER, REGISTRY_SHEET_NAME } from "../sources";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { writeGrid } from "./writeGrid";
import { failed, NewSheets } from "./newSheets";

/**
 * Adds the registry sheet for the office to fill: the marker row (hidden), a header, then code and name
 * columns formatted as text so codes like 007 keep their zeros. Written under a temporary name and put
 * in place by a last batch (`NewSheets`), so that a failure leaves the workbook as it was: three syncs.
 */
export async function createRegistrySheet(run: ExcelRun, caps: Capabilities): Promise<string> {
  return run(async (context) => {
    const added = new NewSheets(context);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync().catch(failed);
    const taken = sheets.items.map((s) => s.name);
    const name = uniqueSheetName(REGISTRY_SHEET_NAME, taken);
    const sheet = added.add(name, false, taken);
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
    await added.sync();
    await added.complete(name);
    return name;
  });
}
