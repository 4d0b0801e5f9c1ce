import { consolidatedLayout, paperHeights, paperMerges } from "../../src/consolidatedSheet";
import { defaultFramework as fw } from "../../src/domain";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel } from "../../src/fake-excel";
import { consolidatedWorkbook } from "../../src/xlsx";
import { fileReports } from "../excel/reportBook";
import { thirtyUnits } from "../paper/thirtyUnits";
import { openWorkbook } from "../xlsx/clerk";

const letter = (col: number) => String.fromCharCode(65 + col);
describe("the consolidated report's print set-up, as exceljs writes it", () => {
  it("sets A4, orientation, fit to width with free height, print area, title rows, footer, merges and row heights on each sheet", async () => {
    const c = thirtyUnits();
    const layout = consolidatedLayout(fw, c);
    const wb = await openWorkbook(await consolidatedWorkbook(fw, c));
    const [summary, units] = wb.worksheets;
    for (const [ws, paper] of [
      [summary, layout.summary],
      [units, layout.units],
    ] as const) {
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: paper.print.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      const last = paper.print.area.lastRow + 1;
      expect(ws.pageSetup.printArea).toBe(`A1:${letter(paper.print.area.lastCol)}${last}`);
      const t = paper.print.titleRows!;
      expect(ws.pageSetup.printTitlesRow).toBe(`${t.first + 1}:${t.last + 1}`);
      expect(ws.headerFooter.oddFooter).toMatch(/Times New Roman.*&12Trang &P\/&N$/);
      for (const [row, height] of Object.entries(paperHeights(paper)))
        expect(ws.getRow(Number(row) + 1).height).toBe(height);
      for (const m of paperMerges(paper)) expect(ws.getCell(m.row + 1, m.col + m.cols).isMerged).toBe(true);
    }
    expect(summary.pageSetup.printArea).toMatch(/^A1:F\d+$/);
    // The units' area stops at the last target's column: the clerk's columns after it stay off paper.
    expect(units.pageSetup.printArea).toMatch(new RegExp(`^A1:${letter(1 + 5 + fw.targets.length)}\\d+$`));
    expect(summary.pageSetup.orientation).toBe("portrait");
    expect(units.pageSetup.orientation).toBe("landscape");
    // Body text on paper is Times New Roman ≥ 11 pt; the chart is a picture over the rows left for it.
    const fonts = new Set<string>();
    summary.eachRow((row, r) =>
      row.eachCell((cell) => {
        if (r <= layout.summary.print.area.lastRow + 1 && Number(cell.col) <= 6 && cell.value !== null)
          fonts.add(`${cell.font?.name} ${(cell.font?.size ?? 0) >= 11}`);
      }),
    );
    expect([...fonts]).toEqual(["Times New Roman true"]);
    expect(summary.getImages()).toHaveLength(1);
    expect(summary.getImages()[0].range.tl.nativeRow).toBe(layout.chart!.top);
  }, 60_000);
});

describe("the consolidated report's print set-up, as Office.js writes it", () => {
  it("gives both sheets their page layout, merges and row heights, within 4 syncs", async () => {
    const excel = createFakeExcel();
    const before = excel.syncCount;
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { fileReports: fileReports(30, 1) });
    expect(excel.syncCount - before).toBeLessThanOrEqual(4);
    const layout = consolidatedLayout(fw, outcome.consolidation);
    for (const [name, paper] of [
      [outcome.sheet, layout.summary],
      [outcome.units, layout.units],
    ] as const) {
      const sheet = excel.sheet(name)!;
      expect(sheet.paperSize).toBe("A4");
      expect(sheet.orientation).toBe(paper.print.orientation === "portrait" ? "Portrait" : "Landscape");
      expect(sheet.print.zoom).toMatchObject({ horizontalFitToPages: 1 });
      expect(sheet.print.zoom.verticalFitToPages ?? null).toBeNull();
      const a = paper.print.area;
      expect(sheet.print.area).toMatchObject({
        row: a.firstRow,
        column: a.firstCol,
        rowCount: a.lastRow + 1,
        columnCount: a.lastCol + 1,
      });
      const t = paper.print.titleRows!;
      expect(sheet.print.titleRows).toMatchObject({ row: t.first, rowCount: t.last - t.first + 1 });
      expect(sheet.print.centerFooter).toBe("Trang &P/&N");
      for (const [row, height] of Object.entries(paperHeights(paper)))
        expect(sheet.rowHeights.get(Number(row))).toBe(height);
      expect(sheet.merges).toHaveLength(paperMerges(paper).length);
    }
  }, 60_000);
});
