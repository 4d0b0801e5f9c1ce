import { Failure } from "../shared/failure";
import type { Framework } from "../domain";
import { reportLayout, unitSettings } from "../reportSheet";
import { workbookSettings } from "./documentSettings";
import { readSheet } from "../sources";
import { loadedSheet, queueSheetLoad } from "./readReports";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { syncOrRemove } from "./syncOrRemove";
import { writeLayout } from "./writeLayout";

/**
 * Replaces a report sheet by the current template, keeping every value typed in the old one (found by
 * its keys, wherever the clerk moved rows and columns) under the same sheet name and position.
 * Two syncs: read the old sheet and the sheet names, then write (one more to read the workbook's
 * document settings sheet when there is one). On failure the old sheet is kept.
 */
export async function upgradeTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  sheetKey: string,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItem(sheetKey);
    const load = queueSheetLoad(old);
    old.load("name,position");
    sheets.load("items/name");
    await context.sync();
    const found = readSheet(fw, loadedSheet(load));
    if (!found)
      throw new Failure({
        vi: `“${old.name}” không phải trang báo cáo`,
        en: `“${old.name}” is not a report sheet`,
      });
    const kept = await workbookSettings(
      context,
      sheets.items.map((s) => s.name),
      unitSettings(fw, found.raw),
    );
    const name = old.name;
    const temporary = uniqueSheetName(
      `${name} (mới)`,
      sheets.items.map((s) => s.name),
    );
    const fresh = sheets.add(temporary);
    writeLayout(
      fresh,
      reportLayout(fw, { formulas: "addin", values: found.raw, document: kept ?? undefined }),
      caps,
    );
    fresh.position = old.position;
    old.delete();
    fresh.name = name;
    fresh.activate();
    await syncOrRemove(context, temporary);
    return name;
  });
}
