import { createFakeExcel } from "../../src/fake-excel";

async function rename(name: string): Promise<unknown> {
  const excel = createFakeExcel();
  return excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").name = name;
    await context.sync();
  }).then(
    () => "renamed",
    (e: { code: string }) => e.code,
  );
}

describe("worksheet names", () => {
  it("refuses History, reserved by Excel — Rename a worksheet (support.microsoft.com)", async () => {
    expect(await rename("History")).toBe("InvalidArgument");
  });

  it("refuses an apostrophe at the start or the end — Rename a worksheet (support.microsoft.com)", async () => {
    expect(await rename("'Báo cáo")).toBe("InvalidArgument");
    expect(await rename("Báo cáo'")).toBe("InvalidArgument");
    expect(await rename("Báo cáo 'Q1' 2025")).toBe("renamed");
  });

  it("refuses the characters \\ / ? * [ ] : and more than 31 characters — Rename a worksheet (support.microsoft.com)", async () => {
    expect(await rename("a/b")).toBe("InvalidArgument");
    expect(await rename("x".repeat(32))).toBe("InvalidArgument");
    expect(await rename("x".repeat(31))).toBe("renamed");
  });
});

describe("addresses", () => {
  it("quotes a sheet name that reads as a cell reference, and one with spaces — Range.address", async () => {
    const excel = createFakeExcel({
      sheets: [{ name: "R1C1" }, { name: "AB12" }, { name: "Báo cáo" }, { name: "Data" }],
    });
    const addresses = await excel.Excel.run(async (context) => {
      const ranges = ["R1C1", "AB12", "Báo cáo", "Data"].map((n) =>
        context.workbook.worksheets.getItem(n).getRange("B2").load("address"),
      );
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["'R1C1'!B2", "'AB12'!B2", "'Báo cáo'!B2", "Data!B2"]);
  });

  it("gives whole columns and rows as B:C and 3:4 — Range.address", async () => {
    const excel = createFakeExcel();
    const addresses = await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const ranges = [sheet.getRange("B:C"), sheet.getRange("3:4"), sheet.getRange("B2").getEntireRow()];
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(["Sheet1!B:C", "Sheet1!3:4", "Sheet1!2:2"]);
  });
});

describe("used range", () => {
  it("counts formatted cells unless valuesOnly — Worksheet.getUsedRange(valuesOnly)", async () => {
    const excel = createFakeExcel();
    const [all, values] = await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2").values = [[1]];
      sheet.getRange("D5").format.fill.color = "#FFFF00";
      const ranges = [sheet.getUsedRange(), sheet.getUsedRange(true)];
      ranges.forEach((r) => r.load("address"));
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect([all, values]).toEqual(["Sheet1!B2:D5", "Sheet1!B2"]);
  });

  it("gives the top-left cell of a blank sheet, and a null object for the OrNullObject form — Worksheet.getUsedRange", async () => {
    const excel = createFakeExcel();
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });
});
