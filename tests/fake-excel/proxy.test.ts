import { createFakeExcel } from "../../src/fake-excel";

describe("proxies, load and sync", () => {
  it("throws PropertyNotLoaded when reading a property that was never loaded", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the point: reading unloaded throws
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("returns loaded values after load + sync, and not before the sync", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[1, "hai"]] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values, address, rowCount, columnCount, rowIndex, columnIndex");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point: read before sync throws
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[1, "hai"]]);
      expect(range.address).toBe("Sheet1!A1:B1");
      expect([range.rowCount, range.columnCount, range.rowIndex, range.columnIndex]).toEqual([1, 2, 0, 0]);
    });
  });

  it("echoes an assigned value without load, as office.js does, but only a load shows what Excel stored", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+1"]];
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- office.js echoes assigned values
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("applies queued writes only at sync, in order", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.values = [[2]];
      expect(await excel.values("Sheet1", "A1")).toEqual([[""]]);
      await context.sync();
      expect(await excel.values("Sheet1", "A1")).toEqual([[2]]);
    });
  });

  it("flushes pending commands when the batch returns, like Excel.run", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["x"]];
    });
    expect(await excel.values("Sheet1", "B2")).toEqual([["x"]]);
    expect(excel.syncCount).toBe(1);
  });

  it("reports null objects through isNullObject, readable only after a sync", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the point: isNullObject before sync throws
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("rejects the sync with ItemNotFound when getItem names a missing sheet", async () => {
    const excel = createFakeExcel();
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Missing");
      sheet.load("name");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
  });

  it("rejects a values write whose dimensions do not match the range", async () => {
    const excel = createFakeExcel();
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await excel.values("Sheet1", "A1:B1")).toEqual([["", ""]]);
  });

  it("fills a whole range from a single value and leaves cells given null untouched", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["keep", "old"]] }] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[null, "new"]];
      sheet.getRange("A2:B3").values = 0 as unknown as unknown[][];
      await context.sync();
    });
    expect(await excel.values("Sheet1", "A1:B3")).toEqual([
      ["keep", "new"],
      [0, 0],
      [0, 0],
    ]);
  });

  it("loads worksheet items, count, and navigational paths", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Tổng hợp" }, { name: "Data" }] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      const count = sheets.getCount();
      const fill = sheets.getItem("Data").getRange("A1").format.fill;
      fill.color = "#ff0000";
      const range = sheets.getItem("Data").getRange("A1");
      range.load("format/fill/color");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Tổng hợp", 0],
        ["Data", 1],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- ClientResult.value needs a sync, not a load
      expect(count.value).toBe(2);
      expect(range.format.fill.color).toBe("#FF0000");
    });
  });
});
