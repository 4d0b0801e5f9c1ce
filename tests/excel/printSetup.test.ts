import { defaultFramework as fw } from "../../src/domain";
import { SETTINGS_SHEET_NAME } from "../../src/document";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel } from "../../src/fake-excel";
import { reportLayout } from "../../src/reportSheet";

// The unit's report as the add-in inserts it (Office.js on the in-memory host): how it goes on paper.

const layout = reportLayout(fw, { formulas: "addin" });
const rowOf = (key: string) => layout.rows.findIndex((r) => r[0].value === key);
const MM = 72 / 25.4;

describe("the unit's report on paper (Office.js)", () => {
  it("is A4 portrait fitted to the page width with the height free, decree margins and a page x/y footer", async () => {
    const excel = createFakeExcel();
    const sheet = excel.sheet(await insertTemplate(excel.run, fw, ALL_CAPABILITIES))!;
    expect(sheet.paperSize).toBe("A4");
    expect(sheet.orientation).toBe("Portrait");
    expect(sheet.print.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: null, scale: null });
    expect(sheet.print.margins).toMatchObject({
      left: 30 * MM,
      right: 15 * MM,
      top: 20 * MM,
      bottom: 20 * MM,
    });
    expect(sheet.print.centerFooter).toBe("Trang &P/&N");
  });

  it("prints code to status only and repeats the table header on every page", async () => {
    const excel = createFakeExcel();
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const sheet = excel.sheet(name)!;
    expect(sheet.print.area).toEqual({ row: 1, column: 1, rowCount: layout.rows.length - 1, columnCount: 6 });
    const header = layout.print.titleRows!.first;
    expect(sheet.print.titleRows).toMatchObject({ row: header, rowCount: 1 });
    expect(await excel.values(name, `B${header + 1}:I${header + 1}`)).toEqual([
      ["Mã", "Nội dung", "Số liệu", "Mức", "Thực hiện", "Đánh giá", "Ghi chú / Notes", "Kiểm tra"],
    ]);
  });

  it("gives wrapped rows their height and writes the letterhead in merged Times New Roman cells", async () => {
    const excel = createFakeExcel();
    const name = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const sheet = excel.sheet(name)!;
    const height = (key: string) => sheet.rowHeights.get(rowOf(key));
    expect(height("chitieu:target:2.12a")).toBeGreaterThanOrEqual(2 * height("chitieu:members")! - 4);
    expect(await excel.values(name, "B2:D2")).toEqual([
      ["CĐVC TỈNH BÌNH ĐỊNH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ]);
    expect(sheet.merges).toContainEqual({ row: 1, column: 1, rowCount: 1, columnCount: 2 });
    expect(await excel.cell(name, "D3")).toMatchObject({
      fontName: "Times New Roman",
      bold: true,
      underline: "Single",
      horizontalAlignment: "Center",
    });
  });

  it("adds the hidden settings sheet once, and the next template's head follows what was typed in it", async () => {
    const excel = createFakeExcel();
    await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.sheet(SETTINGS_SHEET_NAME)!.visibility).toBe("Hidden");
    const keys = (await excel.values(SETTINGS_SHEET_NAME, "A1:A30")).map((r) => r[0]);
    const issuerRow = keys.indexOf("issuer") + 1;
    const signerRow = keys.indexOf("signer_name") + 1;
    await excel.userEdit(SETTINGS_SHEET_NAME, `C${issuerRow}`, [["BCH CĐCS Sở Y tế"]]);
    await excel.userEdit(SETTINGS_SHEET_NAME, `C${signerRow}`, [["Trần Thị B"]]);
    const before = excel.syncCount;
    const second = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBe(2);
    expect(excel.sheetNames().filter((n) => n === SETTINGS_SHEET_NAME)).toHaveLength(1);
    expect((await excel.values(second, "B3"))[0][0]).toBe("BCH CĐCS SỞ Y TẾ");
    const printed = (await excel.values(second, `B1:G${layout.rows.length}`)).flat();
    expect(printed).toContain("Trần Thị B");
  });
});
