import JSZip from "jszip";
import { defaultFramework as fw } from "../../src/domain";
import { SETTINGS_SHEET_NAME } from "../../src/document";
import { reportLayout, settingsSheetDefaults } from "../../src/reportSheet";
import { documentSettingsOf } from "../../src/sources";
import { reportWorkbook } from "../../src/xlsx";
import { FILLED, openWorkbook } from "./clerk";

// The unit's report as the command line writes it (exceljs): how it goes on paper.

const layout = reportLayout(fw, { formulas: "native", values: FILLED });
const rowOf = (key: string) => layout.rows.findIndex((r) => r[0].value === key);

describe("the unit's report on paper (exceljs)", () => {
  it("is A4 portrait fitted to the page width with the height free, decree margins and a page x/y footer", async () => {
    const ws = (await openWorkbook(await reportWorkbook(layout))).worksheets[0];
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.pageSetup.margins!.left * 25.4).toBeCloseTo(30);
    expect(ws.pageSetup.margins!.right * 25.4).toBeCloseTo(15);
    expect(ws.headerFooter.oddFooter).toMatch(/Times New Roman.*Trang &P\/&N$/);
  });

  it("prints code to status only — the English hint and check columns are left out — and repeats the table header", async () => {
    const file = await reportWorkbook(layout);
    const ws = (await openWorkbook(file)).worksheets[0];
    const last = layout.rows.length;
    expect(ws.pageSetup.printArea).toBe(`B2:G${last}`);
    // Absolute both ways in the file: LibreOffice ignores a print area written as $B2:$G74.
    const book = await (await JSZip.loadAsync(file)).file("xl/workbook.xml")!.async("text");
    expect(book).toContain(`!$B$2:$G$${last}</definedName>`);
    const header = layout.print.titleRows!.first + 1;
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.getCell(`B${header}`).value).toBe("Mã");
    expect(ws.getCell(`G${header}`).value).toBe("Đánh giá");
    expect(ws.getCell(`H${header}`).value).toBe("Ghi chú / Notes");
  });

  it("gives wrapped rows the height their text needs, in Times New Roman of at least 11 pt", async () => {
    const ws = (await openWorkbook(await reportWorkbook(layout))).worksheets[0];
    const oneLine = ws.getRow(rowOf("chitieu:members") + 1).height;
    const long = ws.getRow(rowOf("chitieu:target:2.12a") + 1).height;
    expect(long).toBeGreaterThanOrEqual(2 * oneLine - 4);
    const printed = layout.rows
      .slice(1)
      .flatMap((r, i) => r.slice(1, 7).map((c, j) => ({ c, cell: ws.getRow(i + 2).getCell(j + 2) })));
    for (const { cell } of printed.filter(({ c }) => c.value !== undefined || c.formula)) {
      expect(cell.font?.name).toBe("Times New Roman");
      expect(cell.font?.size).toBeGreaterThanOrEqual(11);
    }
  });

  it("merges the letterhead into a left and a right block, the title across the page", async () => {
    const ws = (await openWorkbook(await reportWorkbook(layout))).worksheets[0];
    expect(ws.getCell("B2").value).toBe("CĐVC TỈNH BÌNH ĐỊNH");
    expect(ws.getCell("C2").isMerged).toBe(true);
    expect(ws.getCell("D2").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(ws.getCell("G2").isMerged).toBe(true);
    expect(ws.getCell("B3").value).toBe("BCH CĐCS TRƯỜNG THPT SỐ 1");
    expect(ws.getCell("B6").value).toBe("BÁO CÁO");
    expect(ws.getCell("G6").isMerged).toBe(true);
  });

  it("keeps the document settings on a hidden sheet that reads back as written", async () => {
    const settings = settingsSheetDefaults(fw);
    const wb = await openWorkbook(await reportWorkbook(layout, "Báo cáo", settings));
    const sheet = wb.getWorksheet(SETTINGS_SHEET_NAME)!;
    expect(sheet.state).toBe("hidden");
    const rows: (string | null)[][] = [];
    sheet.eachRow((row, r) => (rows[r - 1] = [1, 2, 3].map((c) => (row.getCell(c).value as string) ?? null)));
    expect(documentSettingsOf([{ name: sheet.name, rows }], settings)).toEqual(settings);
  });
});
