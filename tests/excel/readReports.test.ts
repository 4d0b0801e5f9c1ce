import { SETTINGS_SHEET_NAME } from "../../src/document";
import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { readReport, readReports } from "../../src/excel/readReports";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { upgradeTemplate } from "../../src/excel/upgradeTemplate";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";

async function filledReport(excel: FakeExcel, unit: string) {
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: unit });
  const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
  const type = (field: string, value: unknown) =>
    excel.userEdit(sheet, `D${keys.indexOf(`chitieu:${field}`) + 1}`, [[value]], "paste");
  await type("unit_code", unit);
  await type("unit_name", "Trường Tiểu học Nhơn Bình");
  await type("period_kind", "Năm");
  await type("year", 2025);
  await type("members", 40);
  await type("members_with_initiatives", 6);
  return sheet;
}

describe("reading report sheets back", () => {
  it("finds every report sheet in 3 syncs (names, sizes, values) whatever their names and order, skipping other sheets", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Danh sách", values: [["x"]] }] });
    await filledReport(excel, "DV02");
    await filledReport(excel, "DV01");
    const before = excel.syncCount;
    const reports = await readReports(excel.run, fw);
    expect(excel.syncCount - before).toBeLessThanOrEqual(3);
    expect(reports.map((r) => r.report.unitCode)).toEqual(["DV02", "DV01"]);
  });

  it("still reads a sheet after the clerk inserts rows and columns and renames it", async () => {
    const excel = createFakeExcel();
    const sheet = await filledReport(excel, "DV01");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange("5:7").insert("Down");
      ws.getRange("C:C").insert("Right");
      ws.name = "Báo cáo của trường";
      await context.sync();
    });
    const read = (await readReport(excel.run, fw, "Báo cáo của trường"))!;
    expect(read.report.values).toMatchObject({ unit_code: "DV01", members: 40, members_with_initiatives: 6 });
    expect(read.cells.members).toMatch(/^E\d+$/);
  });

  it("reads a copy of the sheet like the original", async () => {
    const excel = createFakeExcel();
    const sheet = await filledReport(excel, "DV01");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).copy("End");
      await context.sync();
    });
    const reports = await readReports(excel.run, fw);
    expect(reports.map((r) => r.report.unitCode)).toEqual(["DV01", "DV01"]);
  });
});

describe("upgrading a report sheet to the current template", () => {
  it("keeps every value typed in the old one, the name and the position", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Trước" }] });
    const sheet = await filledReport(excel, "DV01");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange("4:4").insert("Down");
      await context.sync();
    });
    const before = excel.syncCount;
    await upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, sheet);
    // Read the sheet and the names, read the document settings the template left, write.
    expect(excel.syncCount - before).toBeLessThanOrEqual(3);
    expect(excel.sheetNames()).toEqual(["Trước", sheet, SETTINGS_SHEET_NAME]);
    const read = (await readReport(excel.run, fw, sheet))!;
    expect(read.report.values).toMatchObject({
      unit_code: "DV01",
      year: 2025,
      members: 40,
      period_kind: "year",
    });
  });

  it("keeps the old sheet when the write fails", async () => {
    const excel = createFakeExcel();
    const sheet = await filledReport(excel, "DV01");
    excel.failSync(excel.syncCount + 2);
    await expect(upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, sheet)).rejects.toThrow();
    expect(excel.sheetNames()).toEqual(["Sheet1", sheet, SETTINGS_SHEET_NAME]);
    expect((await readReport(excel.run, fw, sheet))!.report.values.members).toBe(40);
  });
});
