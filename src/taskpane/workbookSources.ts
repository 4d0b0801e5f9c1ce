import type { Framework, RegistryUnit } from "../domain";
import { loadedSheet, queueSheetLoad, reportOf } from "../excel/readReports";
import { registryOf } from "../excel/registrySheet";
import type { ExcelRun } from "../excel/run";
import type { ReportSheet } from "../reportSheet";

export interface WorkbookSources {
  reports: ReportSheet[];
  registry: { sheet: string; units: RegistryUnit[] } | null;
}

/** The workbook's report sheets and its registry sheet, if any. Two syncs, however many sheets. */
export async function readWorkbookSources(run: ExcelRun, fw: Framework): Promise<WorkbookSources> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const loads = sheets.items.map(queueSheetLoad);
    await context.sync();
    const found: WorkbookSources = { reports: [], registry: null };
    for (const load of loads) {
      const sheet = loadedSheet(load);
      const report = reportOf(fw, sheet);
      if (report) found.reports.push(report);
      const units = found.registry ? null : registryOf(sheet);
      if (units) found.registry = { sheet: sheet.name, units };
    }
    return found;
  });
}
