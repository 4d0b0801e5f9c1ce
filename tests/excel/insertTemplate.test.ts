import { SETTINGS_SHEET_NAME } from "../../src/document";
import { reportLayout } from "../../src/reportSheet";
import { defaultFramework as fw } from "../../src/domain";
import { ALL_CAPABILITIES, capabilitiesOf } from "../../src/excel/run";
import { insertTemplate, TEMPLATE_SHEET_NAME } from "../../src/excel/insertTemplate";
import { createFakeExcel } from "../../src/fake-excel";

describe("inserting the report template into the active workbook", () => {
  it("adds a sheet beside the clerk's own, untouched, in at most 2 syncs", async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: "Lương",
          values: [
            ["Họ tên", "Lương"],
            ["An", 5_000_000],
          ],
        },
      ],
    });
    const before = excel.syncCount;
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBeLessThanOrEqual(2);
    expect(name).toBe(TEMPLATE_SHEET_NAME);
    expect(excel.sheetNames()).toEqual(["Lương", TEMPLATE_SHEET_NAME, SETTINGS_SHEET_NAME]);
    expect(await excel.values("Lương", "A1:B2")).toEqual([
      ["Họ tên", "Lương"],
      ["An", 5_000_000],
    ]);
  });

  it("takes 2 syncs with or without a settings sheet, and the head follows what was typed in it", async () => {
    const excel = createFakeExcel();
    let before = excel.syncCount;
    await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBe(2);
    const keys = (await excel.values(SETTINGS_SHEET_NAME, "A1:A30")).map((r) => r[0]);
    await excel.userEdit(SETTINGS_SHEET_NAME, `C${keys.indexOf("superior") + 1}`, [["LĐLĐ tỉnh Hà Giang"]]);

    before = excel.syncCount;
    const second = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBe(2);
    expect(excel.sheetNames().filter((n) => n === SETTINGS_SHEET_NAME)).toHaveLength(1);
    const head = (await excel.values(second, "B1:G6")).flat();
    expect(head).toContain("LĐLĐ TỈNH HÀ GIANG");
  });

  it("keeps a sheet the user named like the settings sheet, even empty, and adds none beside it", async () => {
    const excel = createFakeExcel({ sheets: [{ name: SETTINGS_SHEET_NAME.toUpperCase() }] });
    const before = excel.syncCount;
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBe(2);
    expect(excel.sheetNames()).toEqual([SETTINGS_SHEET_NAME.toUpperCase(), name]);
  });

  it("picks a new name when the template is already there", async () => {
    const excel = createFakeExcel();
    await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(await insertTemplate(excel.run, fw, ALL_CAPABILITIES)).toBe(`${TEMPLATE_SHEET_NAME} (2)`);
  });

  it("puts Excel's own validation with a Vietnamese stop alert on every input", async () => {
    const excel = createFakeExcel();
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const members = (await excel.values(name, "A1:D80")).findIndex((r) => r[0] === "chitieu:members") + 1;
    const typed = await excel.userEdit(name, `D${members}`, [[-5]]);
    expect(typed.accepted).toBe(false);
    const cell = await excel.cell(name, `D${members}`);
    expect(cell.validation?.errorAlert?.message).toMatch(/số nguyên/);
    expect((await excel.userEdit(name, `D${members}`, [[12]])).accepted).toBe(true);
  });

  it("shows target codes as written: 2.10 stays “2.10”, not the number 2.1", async () => {
    const excel = createFakeExcel();
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const grid = await excel.values(name, "A1:D120");
    const codes = grid.map((r) => r[1]).filter((c) => typeof c === "string" && /^2\.\d/.test(c));
    expect(codes).toContain("2.10");
    expect(grid.some((r) => r[1] === 2.1)).toBe(false);
  });

  it("leaves no half-written sheet when the write fails", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Lương" }] });
    excel.failSync(2);
    await expect(insertTemplate(excel.run, fw, ALL_CAPABILITIES)).rejects.toThrow();
    expect(excel.sheetNames()).toEqual(["Lương"]);
  });
});

describe("the inserted sheet's layout", () => {
  it("hides the key row and column, freezes the title, sets A4 and marks invalid inputs by a conditional format", async () => {
    const excel = createFakeExcel();
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const sheet = excel.sheet(name)!;
    expect([...sheet.hiddenColumns]).toEqual([0]);
    expect([...sheet.hiddenRows]).toEqual([0]);
    expect(sheet.frozenRows).toBe(reportLayout(fw, { formulas: "addin" }).freezeRows);
    expect(sheet.paperSize).toBe("A4");
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]).toMatchObject({
      formula: expect.stringMatching(/^=\$I\d+<>""$/),
      fill: "#FFC7CE",
    });
  });

  it("degrades without the newer requirement sets instead of failing", async () => {
    const excel = createFakeExcel();
    const none = capabilitiesOf(() => false);
    const name = await insertTemplate(excel.run, fw, none);
    const sheet = excel.sheet(name)!;
    expect(sheet.conditionalFormats).toHaveLength(0);
    expect(sheet.frozenRows).toBe(0);
    expect([...sheet.cells.values()].some((c) => c.validation)).toBe(false);
    const keys = (await excel.values(name, "A1:A20")).map((r) => String(r[0]));
    expect(keys.some((k) => /^chitieu:/.test(k))).toBe(true);
  });

  it("asks Excel for each feature's requirement set", () => {
    const asked: string[] = [];
    const caps = capabilitiesOf((set, version) => {
      asked.push(`${set} ${version}`);
      // Excel compares versions part by part: 1.13 is newer than 1.7.
      return Number(version.split(".")[1]) <= 7;
    });
    expect(caps).toEqual({
      dataValidation: false,
      conditionalFormats: true,
      freezePanes: true,
      pageLayout: false,
      changeEvents: false,
      mergedAreas: false,
    });
    expect(new Set(asked)).toEqual(
      new Set(["ExcelApi 1.6", "ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9", "ExcelApi 1.13"]),
    );
  });
});
