import { createFakeExcel } from "../../src/fake-excel";

// “Excel.Range class”, learn.microsoft.com/javascript/api/excel/excel.range: merge(across) (ExcelApi 1.2),
// unmerge(), getMergedAreasOrNullObject() (ExcelApi 1.13: “the RangeAreas object that represents the merged
// areas in this range”, a null object when there are none). Excel lists only the merged areas whose
// top-left cell is in the range (OfficeDev/office-js issue #3611, answered “by design”).
describe("merged cells — Excel.Range merge, unmerge, getMergedAreasOrNullObject", () => {
  it("keeps only the top-left value of a merged area, as Excel does", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Báo cáo", values: [["a", "b", "c"]] }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange("A1:C1").merge();
      await context.sync();
    });
    expect(await excel.values("Báo cáo", "A1:C1")).toEqual([["a", "", ""]]);
  });

  it("lists the merged areas whose top-left cell is in the range, and a null object when none", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Báo cáo" }] });
    const [inside, partly, none] = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Báo cáo");
      sheet.getRange("B2:D2").merge();
      sheet.getRange("B4:C5").merge(true);
      const areas = [
        sheet.getRange("A1:E9").getMergedAreasOrNullObject(),
        sheet.getRange("C2:E9").getMergedAreasOrNullObject(),
        sheet.getRange("F1:F9").getMergedAreasOrNullObject(),
      ].map((a) => a.load("address,areaCount"));
      await context.sync();
      return areas.map((a) => (a.isNullObject ? null : { address: a.address, count: a.areaCount }));
    });
    expect(inside).toEqual({ address: "'Báo cáo'!B2:D2,'Báo cáo'!B4:C4,'Báo cáo'!B5:C5", count: 3 });
    expect(partly).toBeNull();
    expect(none).toBeNull();
  });

  it("unmerges the areas a range overlaps", async () => {
    const excel = createFakeExcel();
    const address = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").merge();
      sheet.getRange("B2").unmerge();
      const areas = sheet.getRange("A1:Z9").getMergedAreasOrNullObject();
      areas.load("address");
      await context.sync();
      return areas.isNullObject ? null : areas.address;
    });
    expect(address).toBeNull();
  });
});
