import { defaultFramework as fw, type RawCell } from "../../src/domain";
import { readReportSheet, reportLayout } from "../../src/reportSheet";

/** What a sheet holding the layout gives back as values: formulas are not evaluated here. */
function gridOf(values: Record<string, RawCell> = {}): RawCell[][] {
  const layout = reportLayout(fw, { formulas: "addin" });
  const grid: RawCell[][] = layout.rows.map((r) => r.map((c) => c.formula ?? c.value ?? ""));
  for (const input of layout.inputs)
    if (input.field in values) grid[input.row][input.col] = values[input.field];
  return grid;
}

const filled = {
  unit_code: "DV01",
  unit_name: "Trường A",
  period_kind: "Năm",
  year: 2025,
  members: 40,
  employees: 45,
};

describe("reading a report sheet by its keys", () => {
  it("finds every field typed into the template", () => {
    const sheet = readReportSheet(fw, gridOf(filled), "Báo cáo")!;
    expect(sheet.report.errors).toEqual([]);
    expect(sheet.report.values).toMatchObject({ unit_code: "DV01", members: 40, period_kind: "year" });
    expect(Object.keys(sheet.cells)).toHaveLength(fw.fields.length);
  });

  it("still finds them after a clerk inserts rows and columns", () => {
    const grid = gridOf(filled);
    grid.splice(5, 0, ["", "", "a note the clerk added"]);
    const shifted = grid.map((r) => ["", ...r.slice(0, 2), "inserted", ...r.slice(2)]);
    const sheet = readReportSheet(fw, shifted, "Báo cáo")!;
    expect(sheet.report.values).toMatchObject({ unit_code: "DV01", members: 40 });
    expect(sheet.cells.members).not.toEqual(readReportSheet(fw, gridOf(filled), "x")!.cells.members);
  });

  it("names the cell of a bad value", () => {
    const sheet = readReportSheet(fw, gridOf({ ...filled, female_members: "-2" }), "Báo cáo")!;
    const error = sheet.report.errors.find((e) => e.field === "female_members")!;
    expect(error.code).toBe("negative");
    expect(error.cell).toBe(sheet.cells.female_members);
    expect(error.cell).toMatch(/^D\d+$/);
  });

  it("reports a copied row that duplicates a key instead of picking one silently", () => {
    const grid = gridOf(filled);
    const membersRow = grid.findIndex((r) => r[0] === "chitieu:members");
    grid.splice(membersRow + 1, 0, [...grid[membersRow]]);
    const sheet = readReportSheet(fw, grid, "Báo cáo")!;
    expect(sheet.report.errors.map((e) => e.code)).toContain("duplicate_key");
  });

  it("says when the key row was typed over, and ignores sheets that are not reports", () => {
    const grid = gridOf(filled);
    grid[0] = grid[0].map((c, i) => (i === 0 ? c : "typed over"));
    expect(readReportSheet(fw, grid, "Báo cáo")!.report.errors[0].code).toBe("template_damaged");
    expect(
      readReportSheet(
        fw,
        [
          ["Họ tên", "Tuổi"],
          ["An", 30],
        ],
        "Sheet1",
      ),
    ).toBeNull();
  });

  it("keeps pre-filled values when the template is laid out again (upgrade)", () => {
    const layout = reportLayout(fw, {
      formulas: "addin",
      values: { unit_code: "=HYPERLINK(1)", members: 12 },
    });
    const cell = (field: string) => {
      const input = layout.inputs.find((i) => i.field === field)!;
      return layout.rows[input.row][input.col];
    };
    expect(cell("members").value).toBe(12);
    expect(cell("unit_code")).toMatchObject({ value: "=HYPERLINK(1)", numberFormat: "@" });
  });
});
