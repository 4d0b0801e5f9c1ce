import { createFakeExcel } from "../../src/fake-excel";

describe("onChanged", () => {
  it("gives details for a single-cell change only, and tells add-in writes from user edits", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[5]] }] });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.onChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      sheet.getRange("A1").values = [[7]];
      sheet.getRange("B1:C2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await excel.userEdit("Sheet1", "A1", [[9]]);
    await excel.settle();

    expect(seen.map((e) => [e.address, e.triggerSource, e.changeType])).toEqual([
      ["A1", "ThisLocalAddin", "RangeEdited"],
      ["B1:C2", "ThisLocalAddin", "RangeEdited"],
      ["A1", "Unknown", "RangeEdited"],
    ]);
    expect(seen[0].details).toMatchObject({ valueBefore: 5, valueAfter: 7, valueTypeAfter: "Double" });
    expect(seen[1].details).toBeUndefined();
    expect(seen[2].details).toMatchObject({ valueBefore: 7, valueAfter: 9 });
    expect(seen[0].worksheetId).toBe(excel.sheet("Sheet1")!.id);
  });

  it("runs handlers after the sync, not during it", async () => {
    const excel = createFakeExcel();
    let calls = 0;
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.onChanged.add(async () => {
        calls++;
      });
      await context.sync();
      sheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      expect(calls).toBe(0);
    });
    await excel.settle();
    expect(calls).toBe(1);
  });

  it("stops calling a handler once removed", async () => {
    const excel = createFakeExcel();
    let calls = 0;
    await excel.run(async (context) => {
      const registration = context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => {
        calls++;
      });
      await context.sync();
      registration.remove();
      await context.sync();
    });
    await excel.userEdit("Sheet1", "A1", [[1]]);
    await excel.settle();
    expect(calls).toBe(0);
  });
});
