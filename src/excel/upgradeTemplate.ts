import { Failure } from "../shared/failure";
import type { Framework, RawCell } from "../domain";
import { planUpgrade, unitSettings, type UpgradePlan } from "../reportSheet";
import { loadedSettings, queueSettingsLoad } from "./documentSettings";
import { loadedSheet, queueSheetLoad } from "./readReports";
import type { Capabilities, ExcelRun } from "./run";
import { failed, NewSheets } from "./newSheets";
import { writeLayout } from "./writeLayout";

/**
 * Queues the loads of a report sheet's contents and of the workbook's document settings sheet, if any;
 * after the sync, `planOf` says what an upgrade does.
 */
function queuePlanLoad(sheets: Excel.WorksheetCollection, sheetKey: string) {
  const old = sheets.getItem(sheetKey);
  const load = queueSheetLoad(old);
  load.used.load("formulas,numberFormat");
  const settingsLoad = queueSettingsLoad(sheets);
  return {
    old,
    planOf: (fw: Framework): UpgradePlan => {
      const grid = loadedSheet(load);
      const plan = planUpgrade(
        fw,
        {
          ...grid,
          values: grid.rows,
          formulas: load.used.isNullObject ? [] : (load.used.formulas as RawCell[][]),
          numberFormats: load.used.isNullObject ? [] : (load.used.numberFormat as string[][]),
        },
        // An absent settings sheet, or an empty one, leaves the defaults.
        settingsLoad.used.isNullObject
          ? undefined
          : (typed) => loadedSettings(settingsLoad, unitSettings(fw, typed)) ?? undefined,
      );
      if (!plan)
        throw new Failure({
          vi: `“${grid.name}” không phải trang báo cáo`,
          en: `“${grid.name}” is not a report sheet`,
        });
      return plan;
    },
  };
}

/** What redoing a report sheet from the current template would do, to show before asking. One sync; reads only. */
export async function planTemplateUpgrade(
  run: ExcelRun,
  fw: Framework,
  sheetKey: string,
): Promise<UpgradePlan> {
  return run(async (context) => {
    const { planOf } = queuePlanLoad(context.workbook.worksheets, sheetKey);
    await context.sync().catch(failed);
    return planOf(fw);
  });
}

/**
 * Replaces a report sheet by the current template under the same sheet name and position, as
 * `planUpgrade` says: every value typed in the old one (found by its keys, wherever the clerk moved rows
 * and columns) and every cell the template does not own are carried over. With `approved` (the plan the
 * user agreed to), nothing is done if the sheet changed since. Two syncs: read the old sheet and the
 * sheet names, then write. The workbook's
 * document settings sheet, when there is one, is read in the first sync. A failure at any command leaves the
 * workbook as it was (see `NewSheets`).
 */
export async function upgradeTemplate(
  run: ExcelRun,
  fw: Framework,
  caps: Capabilities,
  sheetKey: string,
  approved?: UpgradePlan,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const added = new NewSheets(context);
    const { old, planOf } = queuePlanLoad(sheets, sheetKey);
    old.load("name,position");
    sheets.load("items/name");
    await context.sync().catch(failed);
    const plan = planOf(fw);
    if (approved && JSON.stringify(approved) !== JSON.stringify(plan))
      throw new Failure({
        vi: `“${old.name}” đã thay đổi từ lúc hỏi: chưa làm lại gì, hãy xem lại`,
        en: `“${old.name}” changed since you were asked: nothing was redone; look again`,
      });
    const name = old.name;
    const fresh = added.add(
      name,
      true,
      sheets.items.map((s) => s.name),
    );
    writeLayout(fresh, plan.layout, caps);
    fresh.position = old.position;
    await added.complete(name);
    return name;
  });
}
