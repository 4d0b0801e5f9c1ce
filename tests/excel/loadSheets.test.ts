import { defaultFramework as fw } from "../../src/domain";
import { loadAllSheets } from "../../src/excel/loadSheets";
import { jsonBytes } from "../../src/excel/payload";
import { readSheet, type SheetGrid } from "../../src/sources";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { reportSheets, unitCode } from "./reportBook";

async function load(excel: FakeExcel, budget: number): Promise<{ sheets: SheetGrid[]; syncs: number }> {
  const before = excel.syncCount;
  const sheets = await excel.run((context) => loadAllSheets(context, budget));
  return { sheets, syncs: excel.syncCount - before };
}

const bytesOf = (sheets: SheetGrid[]) => sheets.map((s) => jsonBytes(s.rows));

describe("reading every sheet within Excel's payload limit", () => {
  it("reads 60 report sheets in batches of at most the budget, in 3 + ⌈bytes ÷ (budget − largest sheet)⌉ syncs", async () => {
    const budget = 100_000;
    // Excel refuses a response a third over the budget: every batch must stay near it.
    const excel = createFakeExcel({ sheets: reportSheets(60), payloadLimitBytes: (budget * 4) / 3 });
    const { sheets, syncs } = await load(excel, budget);
    expect(sheets.map((s) => readSheet(fw, s)?.report.unitCode)).toEqual(
      Array.from({ length: 60 }, (_, i) => unitCode(i + 1)),
    );
    const sizes = bytesOf(sheets);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5 * budget);
    expect(syncs).toBeLessThanOrEqual(3 + Math.ceil(total / (budget - Math.max(...sizes))));
  });

  it("reads a sheet larger than a batch in runs of rows and gives it back whole, where it starts", async () => {
    const rows = Array.from({ length: 6_000 }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => (c === 0 ? `Đoàn viên ${r}` : r * 8 + c)),
    );
    const excel = createFakeExcel({
      sheets: [
        {
          name: "Danh sách",
          values: [[], [], ["", "", ...rows[0]], ...rows.slice(1).map((r) => ["", "", ...r])],
        },
      ],
      payloadLimitBytes: 200_000,
    });
    const { sheets, syncs } = await load(excel, 150_000);
    expect(sheets[0].origin).toEqual({ row: 2, col: 2 });
    expect(sheets[0].rows).toEqual(rows);
    expect(syncs).toBeLessThanOrEqual(3 + Math.ceil(jsonBytes(rows) / (150_000 - jsonBytes(rows[0]))));
  });

  it("reads again in halves a batch Excel refuses, when the sheets hold more than the estimate", async () => {
    const long = "Ý kiến của công đoàn cơ sở về việc thực hiện chỉ tiêu ".repeat(20);
    const notes = Array.from({ length: 30 }, (_, i) => ({
      name: `Ghi chú ${i}`,
      values: Array.from({ length: 40 }, (_, r) => [`${r}. ${long}`]),
    }));
    const excel = createFakeExcel({ sheets: notes, payloadLimitBytes: 200_000 });
    const { sheets } = await load(excel, 1_000_000);
    expect(sheets.map((s) => s.rows.length)).toEqual(notes.map(() => 40));
    expect(sheets[29].rows[39][0]).toBe(`39. ${long}`);
  });

  it("names Excel's error when a single row is over the limit, and any other failure in both languages", async () => {
    const wide = createFakeExcel({
      sheets: [{ name: "Rộng", values: [Array.from({ length: 50 }, () => "x".repeat(1_000))] }],
      payloadLimitBytes: 20_000,
    });
    await expect(load(wide, 10_000)).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    const failing = createFakeExcel({ sheets: reportSheets(3) });
    failing.failSync(failing.syncCount + 3);
    await expect(load(failing, 100_000)).rejects.toMatchObject({
      text: {
        vi: expect.stringContaining("Excel báo lỗi (GeneralException"),
        en: expect.stringContaining("Excel reported an error (GeneralException"),
      },
    });
  });
});
