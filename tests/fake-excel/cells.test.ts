import { createFakeExcel } from "../../src/fake-excel";

describe("entering values", () => {
  it("turns strings starting with = into formulas, unless the cell is text-formatted", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["=1+2"]];
      const text = sheet.getRange("A2");
      text.numberFormat = [["@"]];
      text.values = [["=1+2"]];
      await context.sync();
    });
    expect(await excel.values("Sheet1", "A1:A2")).toEqual([[3], ["=1+2"]]);
    expect((await excel.cell("Sheet1", "A1")).formula).toBe("=1+2");
    expect((await excel.cell("Sheet1", "A2")).formula).toBeUndefined();
  });

  it("converts numeric text to numbers except under the text format", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["007"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").values = [["007"]];
    });
    expect(await excel.values("Sheet1", "A1:A2")).toEqual([[7], ["007"]]);
  });

  it("rejects an add-in write of a malformed formula with InvalidArgument", async () => {
    const excel = createFakeExcel();
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["=1+"]];
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("formats text and reports formulas", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[1234.5, "=A1*2"]] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.numberFormat = [["#,##0.00", "0%"]];
      range.load("text, formulas");
      await context.sync();
      expect(range.text).toEqual([["1,234.50", "246900%"]]);
      expect(range.formulas).toEqual([[1234.5, "=A1*2"]]);
    });
  });
});

describe("insert and delete", () => {
  it("shifts values down when rows are inserted and up when deleted", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["a"], ["b"], ["c"]] }] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("2:2").insert("Down");
    });
    expect(await excel.values("Sheet1", "A1:A4")).toEqual([["a"], [""], ["b"], ["c"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").delete("Up");
    });
    expect(await excel.values("Sheet1", "A1:A3")).toEqual([["b"], ["c"], [""]]);
  });

  it("shifts only the cells beside a partial range", async () => {
    const excel = createFakeExcel({
      sheets: [
        {
          name: "Sheet1",
          values: [
            ["a", "x"],
            ["b", "y"],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").insert("Down");
    });
    expect(await excel.values("Sheet1", "A1:B3")).toEqual([
      ["", "x"],
      ["a", "y"],
      ["b", ""],
    ]);
  });
});

describe("worksheets, names and selection", () => {
  it("adds, renames, copies and deletes sheets", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Mẫu", values: [["tiêu đề"]] }] });
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const copy = sheets.getItem("Mẫu").copy("End");
      copy.name = "Quý 1";
      sheets.add("Tạm");
      await context.sync();
      sheets.getItem("tạm").delete();
    });
    expect(excel.sheetNames()).toEqual(["Mẫu", "Quý 1"]);
    expect(await excel.values("Quý 1", "A1")).toEqual([["tiêu đề"]]);
  });

  it("rejects a duplicate sheet name with ItemAlreadyExists", async () => {
    const excel = createFakeExcel();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("SHEET1");
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("resolves defined names to ranges and uses them in formulas", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Data", values: [[1], [2], [3]] }] });
    await excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      context.workbook.names.add("SoLieu", data.getRange("A1:A3"));
      data.getRange("B1").values = [["=SUM(SoLieu)"]];
      const range = context.workbook.names.getItem("soLieu").getRange();
      const missing = context.workbook.names.getItemOrNullObject("KhongCo");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Data!A1:A3");
      expect(missing.isNullObject).toBe(true);
    });
    expect(await excel.values("Data", "B1")).toEqual([[6]]);
  });

  it("selects ranges, freezes panes and sets column widths", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C3").select();
      sheet.freezePanes.freezeRows(2);
      sheet.getRange("A:B").format.columnWidth = 120;
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(selected.address).toBe("Sheet1!C3");
    });
    expect(excel.selectionAddress()).toBe("Sheet1!C3");
    expect(excel.sheet("Sheet1")!.frozenRows).toBe(2);
    expect(excel.sheet("Sheet1")!.columnWidths.get(1)).toBe(120);
  });

  it("gives A1 for the used range of an empty sheet, and a null object for the OrNullObject variant", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange();
      const orNull = sheet.getUsedRangeOrNullObject();
      used.load("address");
      await context.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });
});
