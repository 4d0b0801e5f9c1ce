import { defaultFramework as fw, type RawCell } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";
import { readWorkbooks, REGISTRY_MARKER, type SheetGrid } from "../../src/sources";

/** The template's grid with values typed in, as any adapter hands it over. */
function reportGrid(values: Record<string, RawCell>): RawCell[][] {
  const layout = reportLayout(fw, { formulas: "native", values: values as never });
  return layout.rows.map((row) => row.map((c) => (c.formula ? null : (c.value ?? null))));
}

const filled = { unit_code: "DV01", period_kind: "Năm", year: 2025 };

describe("one reader of plain grids", () => {
  it("finds report sheets, the unit list and earlier consolidations in the open workbook", () => {
    const sheets: SheetGrid[] = [
      { name: "Ghi chú", rows: [["xin chào"]] },
      { name: "BC", rows: reportGrid(filled) },
      { name: "Danh sách đơn vị", rows: [[REGISTRY_MARKER], ["Mã", "Tên"], ["DV01", "Trường A"]] },
      { name: "Tổng hợp Năm 2025", rows: [["Tổng hợp", null, "chitieu-summary/1/x/year:2025"]] },
    ];
    const reading = readWorkbooks(fw, [{ file: null, sheets }]);
    expect(reading.reports.map((r) => [r.sheet, r.report.source, r.report.unitCode])).toEqual([
      ["BC", "BC", "DV01"],
    ]);
    expect(reading.registry).toEqual({
      sheet: "Danh sách đơn vị",
      units: [{ code: "DV01", name: "Trường A", row: 3 }],
    });
    expect(reading.consolidations).toEqual([
      // Made without the digest of what was written: read, with whether it was edited unknown.
      { sheet: "Tổng hợp Năm 2025", marker: "chitieu-summary/1/x/year:2025", edited: null },
    ]);
    expect(reading.unreadable).toEqual([]);
  });

  it("names cells on the sheet when the grid starts below A1, and sources as “file › Sheet”", () => {
    const grid = reportGrid({ ...filled, members: "abc" });
    const reading = readWorkbooks(fw, [
      { file: "a.xlsx", sheets: [{ name: "BC", rows: grid.slice(0), origin: { row: 3, col: 1 } }] },
    ]);
    const [found] = reading.reports;
    expect(found.report.source).toBe("a.xlsx › BC");
    const at = reportLayout(fw, { formulas: "native" }).inputs.find((i) => i.field === "members")!;
    expect(found.report.errors.find((e) => e.field === "members")?.cell).toBe(
      `${String.fromCharCode(65 + at.col + 1)}${at.row + 4}`,
    );
  });

  it("words a file that could not be opened, or has no report sheet, once for every door", () => {
    const reading = readWorkbooks(fw, [
      {
        file: "old.xls",
        sheets: [],
        failure: { code: "xls_file", text: { vi: "Tệp .xls", en: "An .xls file" } },
      },
      { file: "list.xlsx", sheets: [{ name: "Trang 1", rows: [["DV01"]] }] },
    ]);
    expect(reading.unreadable.map((r) => [r.source, r.errors[0].code])).toEqual([
      ["old.xls", "xls_file"],
      ["list.xlsx", "no_report_sheet"],
    ]);
  });
});
