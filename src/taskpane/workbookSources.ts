import type { Framework, RegistryUnit } from "../domain";
import { loadAllSheets } from "../excel/loadSheets";
import type { ExcelRun } from "../excel/run";
import { readWorkbooks, type FoundReport } from "../sources";

export interface WorkbookSources {
  reports: FoundReport[];
  registry: { sheet: string; units: RegistryUnit[] } | null;
}

/** The workbook's report sheets and its registry sheet, if any, read in batches that fit Excel's payload limit. */
export async function readWorkbookSources(
  run: ExcelRun,
  fw: Framework,
  mergedAreas = false,
): Promise<WorkbookSources> {
  return run(async (context) => {
    const sheets = await loadAllSheets(context, undefined, mergedAreas);
    const { reports, registry } = readWorkbooks(fw, [{ file: null, sheets }]);
    return { reports, registry };
  });
}
