import { createFakeExcel } from "../../src/fake-excel";

describe("null objects and missing items", () => {
  it("does nothing when a method is called on a null object — Application-specific API model, *OrNullObject methods", async () => {
    const excel = createFakeExcel();
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Sample").delete();
      context.workbook.worksheets.add("Sample");
      await context.sync();
    });
    expect(excel.sheetNames()).toEqual(["Sheet1", "Sample"]);
  });

  it("reports isNullObject after a sync — Application-specific API model, *OrNullObject methods", async () => {
    const excel = createFakeExcel();
    await excel.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Absent");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  it("rejects the sync with ItemNotFound when getItem names a missing sheet — Error handling with the application-specific JavaScript APIs", async () => {
    const excel = createFakeExcel();
    const attempt = excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Absent").load("name");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("lets a loop look for a free name end, because getItem of a free name fails — Error handling with the application-specific JavaScript APIs", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Report" }, { name: "Report 2" }] });
    let n = 1;
    for (;;) {
      const name = n === 1 ? "Report" : `Report ${n}`;
      const taken = await excel.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).load("name");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per try: the point of the case
        await context.sync();
        return true;
      }).catch(() => false);
      if (!taken) break;
      n++;
    }
    expect(n).toBe(3);
  });
});

describe("batches", () => {
  it("keeps the commands before a failing one and skips those after — Error handling with the application-specific JavaScript APIs", async () => {
    const excel = createFakeExcel();
    const attempt = excel.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Sheet1").getRange("A1").values = [["before"]];
      sheets.getItem("Absent").getRange("A1").values = [["fails"]];
      sheets.getItem("Sheet1").getRange("A2").values = [["after"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(await excel.values("Sheet1", "A1:A2")).toEqual([["before"], [""]]);
  });

  it("tells where a batch failed — OfficeExtension.Error, debugInfo.errorLocation", async () => {
    const excel = createFakeExcel();
    const attempt = excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values" },
    });
  });
});

describe("what the host does not model", () => {
  it("refuses a member it does not model with a clear error instead of dropping it", async () => {
    const excel = createFakeExcel();
    const attempt = excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.font.strikethrough = true;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({
      code: "NotImplemented",
      message: "not modelled here: RangeFont.Strikethrough",
    });
  });

  it("refuses tables, which it does not model, by name", async () => {
    const excel = createFakeExcel();
    const attempt = excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ message: "not modelled here: Worksheet.Tables" });
  });
});
