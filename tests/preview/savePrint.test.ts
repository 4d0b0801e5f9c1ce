import ExcelJS from "exceljs";
import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { loadOfficeClient } from "../../src/fake-excel/node-client";
import { createPreviewWorkbook } from "../../src/preview/previewWorkbook";
import { saveFile } from "../../src/preview/workbookFile";
import { reportLayout } from "../../src/reportSheet";

// “Tải về / Download .xlsx” after the add-in inserted the report: the file prints as the add-in set it.

test("the downloaded workbook keeps the report's print set-up, merged letterhead and row heights", async () => {
  const workbook = createPreviewWorkbook(loadOfficeClient());
  const name = await insertTemplate(workbook.fake.run, fw, ALL_CAPABILITIES);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await saveFile(workbook));
  const ws = wb.getWorksheet(name)!;
  const layout = reportLayout(fw, { formulas: "addin" });
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `B2:G${layout.rows.length}`,
    printTitlesRow: `${layout.print.titleRows!.first + 1}:${layout.print.titleRows!.first + 1}`,
  });
  expect(ws.pageSetup.margins!.left * 25.4).toBeCloseTo(30);
  expect(ws.headerFooter.oddFooter).toBe("&CTrang &P/&N");
  expect(ws.getCell("C2").isMerged).toBe(true);
  expect(ws.getCell("D2").font).toMatchObject({ name: "Times New Roman", bold: true });
  const row = layout.rows.findIndex((r) => r[0].value === "chitieu:target:2.12a");
  expect(ws.getRow(row + 1).height).toBe(layout.rowHeights[row]);
});
