import { Failure } from "../shared/failure";
import type { Framework } from "../domain";
import { reportLayout } from "../reportSheet";
import { readSheet } from "../sources";
import { loadedSheet, queueSheetLoad } from "./readReports";
import type { Capabilities, ExcelRun } from "./run";
import { failed, NewSheets } from "./newSheets";
import { writeLayout } from "./writeLayout";

/**
 * Replaces a report sheet by the current template, keeping every value typed in the old one (found by
 * its keys, wherever the clerk moved rows and columns) under the same sheet name and position.
 * Two syncs: read the old sheet and the sheet names, then write. A failure at any command leaves the
 * workbook as it was (see `NewSheets`).
 */
export async function upgradeTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  sheetKey: string,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = new NewSheets(context);
    const old = sheets.getItem(sheetKey);
    const load = queueSheetLoad(old);
    old.load("name,position");
    sheets.load("items/name");
    await context.sync().catch(failed);
    const found = readSheet(fw, loadedSheet(load));
    if (!found)
      throw new Failure({
        vi: `“${old.name}” không phải trang báo cáo`,
        en: `“${old.name}” is not a report sheet`,
      });
    const name = old.name;
    const fresh = added.add(
      name,
      true,
      sheets.items.map((s) => s.name),
    );
    writeLayout(fresh, reportLayout(fw, { formulas: "addin", values: found.raw }), caps);
    fresh.position = old.position;
    await added.complete(name);
    return name;
  });
}
