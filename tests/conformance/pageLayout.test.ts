import { createFakeExcel } from "../../src/fake-excel";

// Worksheet.pageLayout and the formats the report's print set-up uses, read back through Microsoft's
// own client. Each title names the learn.microsoft.com page (JavaScript API for Excel) it follows.

describe("page layout", () => {
  it("sets fit-to-pages as one zoom object; the scale is then null, and a scale clears the fit — PageLayoutZoomOptions", async () => {
    const excel = createFakeExcel();
    const read = await excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.load("zoom");
      await context.sync();
      const before = page.zoom;
      page.zoom = { horizontalFitToPages: 1 };
      page.load("zoom");
      await context.sync();
      const fitted = page.zoom;
      page.zoom = { scale: 90 };
      page.load("zoom");
      await context.sync();
      return { before, fitted, scaled: page.zoom };
    });
    expect(read.before).toMatchObject({ scale: 100 });
    expect(read.fitted).toEqual({ horizontalFitToPages: 1, verticalFitToPages: null, scale: null });
    expect(read.scaled).toEqual({ scale: 90, horizontalFitToPages: null, verticalFitToPages: null });
  });

  it("refuses a scale outside 10–400 — PageLayoutZoomOptions.scale", async () => {
    const excel = createFakeExcel();
    const code = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 5 };
        await context.sync();
      })
      .then(
        () => "set",
        (e: { code: string }) => e.code,
      );
    expect(code).toBe("InvalidArgument");
  });

  it("keeps margins in points, orientation and paper size — PageLayout.leftMargin, orientation, paperSize", async () => {
    const excel = createFakeExcel();
    const read = await excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.load("leftMargin,topMargin");
      await context.sync();
      const normal = { left: page.leftMargin, top: page.topMargin };
      page.leftMargin = 85;
      page.orientation = "Landscape";
      page.paperSize = "A4";
      page.load("leftMargin,orientation,paperSize");
      await context.sync();
      return { normal, left: page.leftMargin, orientation: page.orientation, paper: page.paperSize };
    });
    // Excel's "Normal" margins: 0.7 in left and right, 0.75 in top and bottom.
    expect(read).toEqual({
      normal: { left: 50.4, top: 54 },
      left: 85,
      orientation: "Landscape",
      paper: "A4",
    });
  });

  it("takes the print area and the title rows as addresses; title rows read back as whole rows — PageLayout.setPrintArea, setPrintTitleRows", async () => {
    const excel = createFakeExcel();
    const titles = await excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.setPrintArea("B2:G40");
      page.setPrintTitleRows("$9:$9");
      const rows = page.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      return rows.address;
    });
    expect(titles).toBe("Sheet1!9:9");
    expect(excel.sheet("Sheet1")!.print.area).toEqual({ row: 1, column: 1, rowCount: 39, columnCount: 6 });
  });

  it("has no title rows until they are set — PageLayout.getPrintTitleRowsOrNullObject", async () => {
    const excel = createFakeExcel();
    const none = await excel.run(async (context) => {
      const rows = context.workbook.worksheets.getItem("Sheet1").pageLayout.getPrintTitleRowsOrNullObject();
      rows.load("address");
      await context.sync();
      return rows.isNullObject;
    });
    expect(none).toBe(true);
  });

  it("writes the footer of every page in header/footer codes — HeaderFooterGroup.defaultForAllPages, HeaderFooter.centerFooter", async () => {
    const excel = createFakeExcel();
    const footer = await excel.run(async (context) => {
      const all = context.workbook.worksheets.getItem("Sheet1").pageLayout.headersFooters.defaultForAllPages;
      all.centerFooter = "Trang &P/&N";
      all.load("centerFooter");
      await context.sync();
      return all.centerFooter;
    });
    expect(footer).toBe("Trang &P/&N");
  });
});

describe("formats of a printed report", () => {
  it("keeps row heights in points, one per row, null when they differ — RangeFormat.rowHeight", async () => {
    const excel = createFakeExcel();
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("3:4").format.rowHeight = 32;
      const both = sheet.getRange("3:4").format.load("rowHeight");
      const mixed = sheet.getRange("A2:A3").format.load("rowHeight");
      const plain = sheet.getRange("A1").format.load("rowHeight");
      await context.sync();
      return [both.rowHeight, mixed.rowHeight, plain.rowHeight];
    });
    expect(read).toEqual([32, null, 15]);
  });

  it("aligns, underlines and merges, keeping only the upper-left value — RangeFormat.horizontalAlignment, RangeFont.underline, Range.merge", async () => {
    const excel = createFakeExcel();
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("B2:D2");
      range.values = [["Độc lập - Tự do - Hạnh phúc", "x", "y"]];
      range.format.horizontalAlignment = "Center";
      range.format.verticalAlignment = "Center";
      range.format.font.underline = "Single";
      range.merge(false);
      range.load("values");
      const format = range.format.load("horizontalAlignment,verticalAlignment");
      const font = range.format.font.load("underline");
      await context.sync();
      return {
        values: range.values,
        h: format.horizontalAlignment,
        v: format.verticalAlignment,
        u: font.underline,
      };
    });
    expect(read).toEqual({
      values: [["Độc lập - Tự do - Hạnh phúc", "", ""]],
      h: "Center",
      v: "Center",
      u: "Single",
    });
    expect(excel.sheet("Sheet1")!.merges).toEqual([{ row: 1, column: 1, rowCount: 1, columnCount: 3 }]);
  });

  it("moves row heights and merged areas with inserted rows — Range.insert", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("5:5").format.rowHeight = 40;
      sheet.getRange("B6:D6").merge(false);
      sheet.getRange("2:3").insert("Down");
      await context.sync();
    });
    const sheet = excel.sheet("Sheet1")!;
    expect([...sheet.rowHeights]).toEqual([[6, 40]]);
    expect(sheet.merges).toEqual([{ row: 7, column: 1, rowCount: 1, columnCount: 3 }]);
  });
});
