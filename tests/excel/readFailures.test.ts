import { defaultFramework as fw } from "../../src/domain";
import { readReport, readReports } from "../../src/excel/readReports";
import { createRegistrySheet } from "../../src/excel/registrySheet";
import { ALL_CAPABILITIES, type ExcelRun } from "../../src/excel/run";
import { selectCell } from "../../src/excel/selectCell";
import { validateSheet, validateSheets } from "../../src/excel/validateSheet";
import { createFakeExcel } from "../../src/fake-excel";
import { Failure } from "../../src/shared/failure";
import { reportSheets } from "./reportBook";

/** Each operation, and which of its syncs only read (or only move the selection). */
const READS: Array<[string, (run: ExcelRun, sheet: string) => Promise<unknown>, number[]]> = [
  ["reading one report sheet", (run, sheet) => readReport(run, fw, sheet), [1]],
  ["reading every report sheet", (run) => readReports(run, fw), [1, 2, 3]],
  ["checking one sheet", (run, sheet) => validateSheet(run, fw, sheet), [1]],
  ["checking every sheet", (run) => validateSheets(run, fw), [1, 2, 3]],
  ["going to an error's cell", (run, sheet) => selectCell(run, sheet, "D12"), [1]],
  [
    "adding the unit list (its first sync reads the sheet names)",
    (run) => createRegistrySheet(run, ALL_CAPABILITIES),
    [1],
  ],
];

describe("Excel failing while the add-in reads", () => {
  it.each(READS)("%s: says so in both languages, the workbook as it was", async (_, operation, reads) => {
    for (const sync of reads) {
      const excel = createFakeExcel({ sheets: reportSheets(2) });
      const sheet = reportSheets(1)[0].name;
      const before = excel.syncCount;
      excel.failSync(before + sync);
      const error = await operation(excel.run, sheet).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Failure);
      expect(error).toMatchObject({
        text: {
          vi: expect.stringContaining("Excel báo lỗi (GeneralException"),
          en: expect.stringContaining("Excel reported an error (GeneralException"),
        },
      });
      expect(excel.sheetNames()).toEqual(reportSheets(2).map((s) => s.name));
    }
  });
});
