/**
 * Round trips to Excel (context.sync) of each Office.js operation on the in-memory Excel, beside a
 * deliberately naive version that syncs once per cell or per sheet: the contrast is the point.
 */
import { defaultFramework as fw, type RawCell } from "../src/domain";
import { insertTemplate } from "../src/excel/insertTemplate";
import { loadAllSheets } from "../src/excel/loadSheets";
import { mergeWorkbook } from "../src/excel/mergeWorkbook";
import { jsonBytes } from "../src/excel/payload";
import { readReport } from "../src/excel/readReports";
import { ALL_CAPABILITIES, type ExcelRun } from "../src/excel/run";
import { validateSheet } from "../src/excel/validateSheet";
import { createFakeExcel, type FakeExcel } from "../src/fake-excel";
import { readReportSheet } from "../src/reportSheet";
import { reportSheets } from "../tests/excel/reportBook";

export interface SyncRow {
  name: string;
  value: number;
  unit: string;
}

async function syncs(excel: FakeExcel, operation: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await operation();
  return excel.syncCount - before;
}

/** Naive: one load and sync per input cell of the sheet. */
async function naiveRead(run: ExcelRun, sheet: string, inputs: string[]): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const raw: Record<string, RawCell> = {};
    for (const address of inputs) {
      const cell = ws.getRange(address).load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive contrast, on purpose
      await context.sync();
      raw[address] = cell.values[0][0] as RawCell;
    }
  });
}

export async function excelBench(): Promise<SyncRow[]> {
  const rows: SyncRow[] = [];
  const excel = createFakeExcel();
  rows.push({
    name: "insert the template (budget ≤ 2)",
    value: await syncs(excel, () => insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: "BC" })),
    unit: "syncs",
  });
  await excel.userEdit(
    "BC",
    "D12:D311",
    Array.from({ length: 300 }, (_, i) => [i % 5 ? i : "x"]),
    "paste",
  );
  rows.push({
    name: "validate a pasted 300-row block (budget ≤ 2)",
    value: await syncs(excel, () => validateSheet(excel.run, fw, "BC")),
    unit: "syncs",
  });
  rows.push({
    name: "read a report (budget ≤ 2)",
    value: await syncs(excel, () => readReport(excel.run, fw, "BC")),
    unit: "syncs",
  });
  const grid = (await excel.values("BC", "A1:I80")) as RawCell[][];
  const inputs = Object.values(readReportSheet(fw, grid, "BC")!.cells);
  rows.push({
    name: `  naive: one sync per input cell (${inputs.length} cells)`,
    value: await syncs(excel, () => naiveRead(excel.run, "BC", inputs)),
    unit: "syncs",
  });
  for (const n of [300, 1_000]) {
    const book = createFakeExcel({ sheets: reportSheets(n) });
    const merge = await syncs(book, () => mergeWorkbook(book.run, fw, ALL_CAPABILITIES));
    const read = (await book.run((context) => loadAllSheets(context))).reduce(
      (t, s) => t + jsonBytes(s.rows),
      0,
    );
    rows.push({
      name: `merge ${n} report sheets within Excel on the web's 5 MB (3 + ⌈${(read / 1024 / 1024).toFixed(1)} MB read ÷ 3 MB⌉ + writes)`,
      value: merge,
      unit: "syncs",
    });
    const sheets = book.sheetNames();
    rows.push({
      name: `  naive: one read per sheet (all ${sheets.length} sheets)`,
      value: await syncs(book, async () => {
        for (const sheet of sheets) await readReport(book.run, fw, sheet);
      }),
      unit: "syncs",
    });
  }
  return rows;
}
