import { addToHistory, consolidate, parseReport, type History, type RawCell } from "../../src/domain";
import { historyLayout, readHistory, trendsLayout } from "../../src/termSheets";
import { consolidateHistory, trends } from "../../src/domain";
import { fw } from "../domain/helpers";
import { code, yearlyReport } from "../domain/termReports";

function history(): History {
  let h: History = [];
  for (const year of [2024, 2025]) {
    const reports = [1, 7, 20].map((i) =>
      parseReport(
        fw,
        { ...yearlyReport(i, year), ...(i === 20 ? { unit_name: '=HYPERLINK("http://x")' } : {}) },
        `${code(i)}.xlsx`,
      ),
    );
    h = addToHistory(fw, h, consolidate(fw, reports, { period: { kind: "year", year } })).history;
  }
  return h;
}

/** The grid as a spreadsheet gives it back: values only, an apostrophe kept before formula-like text. */
const valuesOf = (rows: { value?: string | number }[][]): RawCell[][] =>
  rows.map((r) =>
    r.map((c) => (typeof c.value === "number" && Number.isInteger(c.value) ? c.value : (c.value ?? null))),
  );

describe("the history sheet", () => {
  it("reads back exactly the history it was written from, formula-like names kept as inert text", () => {
    const h = history();
    const grid = valuesOf(historyLayout(fw, h).rows);
    expect(grid.flat()).toContain('\'=HYPERLINK("http://x")');
    const read = readHistory(fw, grid);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual(h);
  });

  it("finds its columns by the key row wherever they moved, and names the cell a hand edit broke", () => {
    const grid = valuesOf(historyLayout(fw, history()).rows);
    const keys = grid.findIndex((r) => r.includes("unit_code"));
    const moved = grid.map((r) => [r[0], r[1], r[3], r[2], ...r.slice(4)]);
    expect(readHistory(fw, moved).rows).toEqual(history());
    const members = grid[keys].indexOf("members");
    grid[keys + 2][members] = "mười hai";
    const read = readHistory(fw, grid, "Lịch sử chỉ tiêu");
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].cell).toBe(`Lịch sử chỉ tiêu!${String.fromCharCode(65 + members)}${keys + 3}`);
    expect(read.problems[0].message.en).toContain("Union members");
  });

  it("says so when its key row is gone", () => {
    const grid = valuesOf(historyLayout(fw, history()).rows).filter((r) => !r.includes("unit_code"));
    expect(readHistory(fw, grid).problems.map((p) => p.code)).toEqual(["history_without_keys"]);
  });

  it("trends show each period's status in words beside the colour", () => {
    const layout = trendsLayout(fw, trends(consolidateHistory(fw, history())));
    const row = layout.rows.find((r) => r[0]?.value === "2.6a")!;
    expect(row.slice(3).map((c) => [c.style, c.numberFormat])).toEqual([
      ["met", '0.00%" · Đạt"'],
      ["not_met", '0.00%" · Không đạt"'],
    ]);
    expect(layout.chart).toMatchObject({ firstColumn: 3, lastColumn: 4 });
  });
});
