import { consolidateHistory, defaultFramework as fw, trends } from "../../src/domain";
import { readWorkbookHistory } from "../../src/excel/historySheet";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { writeTrendsSheet } from "../../src/excel/trendsSheet";
import { createFakeExcel } from "../../src/fake-excel";
import { addReport } from "./termBook";

async function twoYears() {
  const excel = createFakeExcel();
  for (const year of [2024, 2025]) {
    for (const code of ["DV01", "DV02"]) await addReport(excel, code, year);
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, {
      period: { kind: "year", year },
      keepHistory: true,
    });
  }
  return excel;
}

describe("the trends sheet written in the workbook", () => {
  it("draws a line chart of its chart block: periods as categories, one series per target in percent", async () => {
    const excel = await twoYears();
    const before = excel.syncCount;
    const sheet = await writeTrendsSheet(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBeLessThanOrEqual(5);
    expect(sheet).toBe("Xu hướng");
    const [chart] = excel.sheet(sheet)!.charts;
    expect(chart).toMatchObject({ type: "Line", seriesBy: "Rows" });
    const [row, column, rows, columns] = chart.source.split(",").map(Number);
    const address = `${String.fromCharCode(65 + column)}${row + 1}:${String.fromCharCode(64 + column + columns)}${row + rows}`;
    const block = await excel.values(sheet, address);
    expect(block[0]).toEqual(["", "Năm 2024 / Year 2024", "Năm 2025 / Year 2025"]);
    const { history } = await readWorkbookHistory(excel.run, fw);
    const percentTargets = trends(consolidateHistory(fw, history))
      .targets.filter((t) => t.byPeriod[0].unit === "percent")
      .map((t) => t.code);
    expect(percentTargets.length).toBeGreaterThan(0);
    expect(block.slice(1).map((r) => r[0])).toEqual(percentTargets);
    expect(block.slice(1).every((r) => r.slice(1).every((v) => typeof v === "number" || v === "—"))).toBe(
      true,
    );
    expect(chart.position).toMatch(new RegExp(`^B${row + rows + 3}:`));

    // A second one never replaces the first.
    expect(await writeTrendsSheet(excel.run, fw, ALL_CAPABILITIES)).toBe("Xu hướng (2)");
  }, 60_000);

  it("leaves the workbook as it was when the write fails, and refuses a workbook without history", async () => {
    const measured = await twoYears();
    let start = measured.syncCount;
    await writeTrendsSheet(measured.run, fw, ALL_CAPABILITIES);
    const syncs = measured.syncCount - start;
    const excel = await twoYears();
    const names = excel.sheetNames();
    // The last sync, which completes the sheet and draws the chart, fails.
    start = excel.syncCount;
    excel.failSync(start + syncs);
    await expect(writeTrendsSheet(excel.run, fw, ALL_CAPABILITIES)).rejects.toBeTruthy();
    expect(excel.syncCount - start).toBe(syncs + 1);
    expect(excel.sheetNames()).toEqual(names);
    await expect(writeTrendsSheet(createFakeExcel().run, fw, ALL_CAPABILITIES)).rejects.toThrow(
      "The workbook has no history yet: merge at least one period first",
    );
  }, 60_000);
});
