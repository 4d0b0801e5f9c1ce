import type { Framework, RegistryUnit } from "../domain";
import { loadAllSheets } from "../excel/loadSheets";
import { reportOf } from "../excel/readReports";
import { registryOf } from "../excel/registrySheet";
import type { ExcelRun } from "../excel/run";
import type { ReportSheet } from "../reportSheet";

export interface WorkbookSources {
  reports: ReportSheet[];
  registry: { sheet: string; units: RegistryUnit[] } | null;
}

/** The workbook's report sheets and its registry sheet, if any, read in batches that fit Excel's payload limit. */
export async function readWorkbookSources(run: ExcelRun, fw: Framework): Promise<WorkbookSources> {
  return run(async (context) => {
    const found: WorkbookSources = { reports: [], registry: null };
    for (const sheet of await loadAllSheets(context)) {
      const report = reportOf(fw, sheet);
      if (report) found.reports.push(report);
      const units = found.registry ? null : registryOf(sheet);
      if (units) found.registry = { sheet: sheet.name, units };
    }
    return found;
  });
}
