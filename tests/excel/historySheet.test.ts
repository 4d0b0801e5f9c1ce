import { defaultFramework as fw } from "../../src/domain";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { readWorkbookHistory } from "../../src/excel/historySheet";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel } from "../../src/fake-excel";
import { HISTORY_SHEET } from "../../src/termSheets";
import { addReport } from "./termBook";

const year = (y: number) => ({ period: { kind: "year" as const, year: y }, keepHistory: true });

describe("the history sheet in the province workbook", () => {
  it("is added to by each merge, found by unit code across years, and a year merged again replaces only that year", async () => {
    const excel = createFakeExcel();
    for (const code of ["DV01", "DV02"]) await addReport(excel, code, 2024);
    const first = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2024));
    expect(first.history).toEqual({
      sheet: HISTORY_SHEET,
      notice: {
        vi: "Đã thêm Năm 2024 vào lịch sử (2 đơn vị)",
        en: "Added Year 2024 to the history (2 units)",
      },
    });

    await addReport(excel, "dv01", 2025, 12);
    const before = excel.syncCount;
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2025));
    expect(excel.syncCount - before).toBeLessThanOrEqual(5);
    let found = await readWorkbookHistory(excel.run, fw);
    expect(found.problems).toEqual([]);
    expect(
      found.history.filter((r) => r.unitCode === "DV01").map((r) => [r.period.year, r.values.members]),
    ).toEqual([
      [2024, 40],
      [2025, 12],
    ]);

    await addReport(excel, "DV03", 2024);
    const again = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2024));
    expect(again.history?.notice.en).toBe(
      "Year 2024 was already in the history (2 units): replaced by this merge (3 units); other periods are kept",
    );
    found = await readWorkbookHistory(excel.run, fw);
    expect(found.history.map((r) => `${r.period.year} ${r.unitCode}`)).toEqual([
      "2024 DV01",
      "2024 DV02",
      "2024 DV03",
      "2025 DV01",
    ]);
    expect(excel.sheetNames().filter((n) => n.startsWith(HISTORY_SHEET))).toEqual([HISTORY_SHEET]);
  });

  it("is left as it is, and the merge says why, when a cell of it was typed over", async () => {
    const excel = createFakeExcel();
    await addReport(excel, "DV01", 2024);
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2024));
    const grid = await excel.values(HISTORY_SHEET, "A1:AZ8");
    const keys = grid.findIndex((r) => r.includes("unit_code"));
    const col = grid[keys].indexOf("members");
    await excel.userEdit(
      HISTORY_SHEET,
      `${String.fromCharCode(65 + col)}${keys + 2}`,
      [["bốn mươi"]],
      "type",
    );
    const kept = await excel.values(HISTORY_SHEET, "A1:AZ8");
    await addReport(excel, "DV01", 2025);
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2025));
    expect(outcome.history?.notice.vi).toContain("ô không đọc được");
    expect(outcome.history?.notice.en).toContain("the history was not updated");
    expect(await excel.values(HISTORY_SHEET, "A1:AZ8")).toEqual(kept);
  });

  it("flags a figure that falls beyond the factor against the history, in the outcome and on the consolidated sheet, and still merges it", async () => {
    const excel = createFakeExcel();
    for (const code of ["DV01", "DV02"]) await addReport(excel, code, 2024);
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, year(2024));
    await addReport(excel, "DV01", 2025, 15);
    await addReport(excel, "DV02", 2025, 45);
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, {
      ...year(2025),
      quality: { factor: 2, deadlines: { "year:2025": "2025-12-10" } },
    });
    expect(outcome.followUp.flags.map((f) => [f.unitCode, f.kind, f.previous.value, f.current])).toEqual([
      ["DV01", "fall", 40, 15],
      ["DV01", "late", "2025-12-10", "2025-12-20"],
      ["DV02", "late", "2025-12-10", "2025-12-20"],
    ]);
    expect(outcome.consolidation.units.map((u) => u.code)).toEqual(["DV01", "DV02"]);
    expect(outcome.followUp.sheet).toBe(outcome.units);
    const grid = await excel.values(outcome.followUp.sheet, "A1:F400");
    const at = Number(outcome.followUp.cell.slice(1)) - 1;
    expect(grid[at][0]).toBe("CẦN XEM LẠI (không in)");
    const fall = grid.slice(at).find((r) => r[0] === "DV01" && r[3] === 40)!;
    expect(fall[4]).toBe(15);
    expect(String(fall[5])).toContain("giảm 63%");
  });
});
