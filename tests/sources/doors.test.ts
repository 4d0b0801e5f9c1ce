import { encrypt } from "officecrypto-tool";
import { defaultFramework as fw, type Report } from "../../src/domain";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { validateSheets } from "../../src/excel/validateSheet";
import { createFakeExcel } from "../../src/fake-excel";
import { readPickedFile } from "../../src/taskpane/pickedFiles";
import { readWorkbookSources } from "../../src/taskpane/workbookSources";
import { readGrids, readReportFile } from "../../src/xlsx";
import { clerkFills, FILLED, inputCell, plainWorkbook } from "../xlsx/clerk";

/** What a user is told about a file: each report's source and every problem's code, cell and words. */
const verdict = (reports: Report[]) =>
  reports.map((r) => ({
    source: r.source,
    unit: r.unitCode,
    errors: r.errors.map((e) => ({ code: e.code, cell: e.cell, vi: e.message.vi, en: e.message.en })),
  }));

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** [kind of bad file, its bytes, the code the user is shown]. */
const CASES: [string, () => Promise<Buffer>, string][] = [
  ["not a zip", async () => Buffer.from("Mã,Tên\nDV01,Trường\n"), "not_xlsx"],
  ["an empty file", async () => Buffer.alloc(0), "not_xlsx"],
  ["an old .xls", async () => Buffer.from([...OLE2, ...Array(504).fill(0)]), "xls_file"],
  [
    "a password-protected .xlsx",
    async () => encrypt(await clerkFills(FILLED), { password: "cdcs" }) as Buffer,
    "encrypted_workbook",
  ],
  [
    "a workbook with no report sheet",
    () => plainWorkbook((wb) => wb.addWorksheet("Danh sách").addRow(["DV01", "Trường"])),
    "no_report_sheet",
  ],
  [
    "a template whose key was typed over",
    () => clerkFills(FILLED, (ws) => (ws.getCell(`A${inputCell("members").slice(1)}`).value = "48")),
    "key_missing",
  ],
  [
    "a merged input cell",
    () =>
      clerkFills(FILLED, (ws) =>
        ws.mergeCells(`C${inputCell("employees").slice(1)}:${inputCell("employees")}`),
      ),
    "merged_input",
  ],
  [
    "a file cut short",
    async () => {
      const whole = await clerkFills(FILLED);
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
    "corrupt_xlsx",
  ],
];

jest.setTimeout(60_000);

describe("the same file gets the same verdict and words from the command line and the pane", () => {
  it.each(CASES)("%s", async (_kind, bytes, code) => {
    const data = await bytes();
    const cli = verdict(await readReportFile(fw, data, "DV01.xlsx"));
    const pane = verdict(await readPickedFile(fw, "DV01.xlsx", arrayBuffer(data)));
    expect(pane).toEqual(cli);
    expect(cli.flatMap((r) => r.errors.map((e) => e.code))).toContain(code);
    for (const e of cli.flatMap((r) => r.errors)) {
      expect(e.vi).not.toBe(e.en);
      expect(`${e.vi} ${e.en}`).not.toMatch(/https?:|Error:/);
    }
  });
});

describe("a merged input cell in the workbook open in Excel", () => {
  it("gets the verdict and words the command line gives the same sheet as a file", async () => {
    const employees = inputCell("employees");
    const merged = `C${employees.slice(1)}:${employees}`;
    const data = await clerkFills(FILLED);
    const [sheet] = readGrids(data);
    const cli = verdict(
      await readReportFile(fw, await clerkFills(FILLED, (ws) => ws.mergeCells(merged)), "DV01.xlsx"),
    );

    // The same sheet in Excel, the same cells merged there.
    const excel = createFakeExcel({ sheets: [{ name: sheet.name, values: sheet.rows }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet.name).getRange(merged).merge();
      await context.sync();
    });
    const pane = verdict(
      (await readWorkbookSources(excel.run, fw, ALL_CAPABILITIES.mergedAreas)).reports.map((r) => r.report),
    );
    const words = (v: ReturnType<typeof verdict>) => v.map((r) => ({ ...r, source: undefined }));
    expect(words(pane)).toEqual(words(cli));
    expect(pane[0].errors).toContainEqual(expect.objectContaining({ code: "merged_input", cell: employees }));

    // “Check every report sheet” says it too, in the same syncs.
    const before = excel.syncCount;
    const [check] = await validateSheets(excel.run, fw, true);
    expect(check.issues.map((i) => i.code)).toContain("merged_input");
    expect(excel.syncCount - before).toBe(4);
  });
});
