import { createFakeExcel } from "../../src/fake-excel";

describe("data validation", () => {
  it("refuses a typed entry that breaks a Stop rule but lets an API write through — Add data validation to Excel ranges", async () => {
    const excel = createFakeExcel();
    await excel.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } };
      range.getCell(0, 0).values = [[500]];
      await context.sync();
    });
    expect((await excel.cell("Sheet1", "A1")).value).toBe(500);
    expect(await excel.userEdit("Sheet1", "A2", [[500]])).toEqual({
      accepted: false,
      reason: "ValidationStop",
    });
    expect(await excel.userEdit("Sheet1", "A2", [[50]])).toEqual({ accepted: true });
  });

  it("finds the API-written value as invalid — Add data validation to Excel ranges (getInvalidCells)", async () => {
    const excel = createFakeExcel();
    const address = await excel.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } };
      range.values = [[5], [500], [50]];
      const invalid = range.dataValidation.getInvalidCellsOrNullObject().load("address");
      await context.sync();
      return invalid.address;
    });
    expect(address).toBe("Sheet1!A2");
  });

  it("takes a list rule whose source is a range object — DataValidationRule.list", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["Có"], ["Không"]] }] });
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").dataValidation.rule = {
        list: { inCellDropDown: true, source: sheet.getRange("A1:A2") },
      };
      await context.sync();
    });
    expect(await excel.userEdit("Sheet1", "C1", [["Có"]])).toEqual({ accepted: true });
    expect((await excel.userEdit("Sheet1", "C1", [["Chưa"]])).accepted).toBe(false);
  });
});
