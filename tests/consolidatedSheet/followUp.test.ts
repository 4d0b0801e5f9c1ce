import { consolidatedLayout, type PaperCell } from "../../src/consolidatedSheet";
import { addToHistory, consolidate, mergeFlags, parseReport, type History } from "../../src/domain";
import { fw } from "../domain/helpers";
import { code, DEADLINES, UNITS, yearlyReport } from "../domain/termReports";

function year(y: number) {
  const reports = UNITS.map((i) => parseReport(fw, yearlyReport(i, y), `${code(i)}-${y}.xlsx`));
  return consolidate(fw, reports, { period: { kind: "year", year: y } });
}

const text = (row: PaperCell[]) => row.map((c) => String(c.value ?? ""));

describe("the consolidated report's follow-up section", () => {
  let history: History = [];
  for (const y of [2023, 2024]) history = addToHistory(fw, history, year(y)).history;
  const y2025 = year(2025);
  const flags = mergeFlags(fw, history, y2025, { factor: 2, deadlines: DEADLINES });

  it("lists, per flag, the unit, the figure, both values and why, off the printed units' table, and excludes no report", () => {
    const layout = consolidatedLayout(fw, y2025, { flags });
    const start = layout.sections.followUp!;
    expect(text(layout.units.rows[start])[0]).toBe("CẦN XEM LẠI (không in)");
    expect(start).toBeGreaterThan(layout.units.print.area!.lastRow);
    const rows = layout.units.rows.slice(start + 1).map(text);
    const members = rows.find((r) => r[0] === "DV07" && r[2].startsWith("Số đoàn viên"))!;
    expect(members.slice(3, 5)).toEqual(["120", "12"]);
    expect(members[5]).toMatch(/giảm 90%/);
    const english = consolidatedLayout(fw, y2025, { flags, language: "en" });
    const englishRows = english.units.rows.slice(english.sections.followUp! + 1).map(text);
    expect(englishRows.find((r) => r[0] === "DV07" && r[5].includes("fell by 90%"))).toBeDefined();
    const late = rows.find((r) => r[0] === "DV12")!;
    expect(late.slice(3, 5)).toEqual(["15/01/2026", "20/02/2026"]);
    const yesNo = rows.find((r) => r[0] === "DV20")!;
    expect(yesNo.slice(3, 5)).toEqual(["Có", "Không"]);
    // Flagged units are still merged and still counted.
    expect(y2025.units.map((u) => u.code)).toEqual(expect.arrayContaining(["DV07", "DV12", "DV20"]));
    expect(y2025.excluded).toEqual([]);
  });

  it("only compares the period merged, and says so when there is nothing to follow up", () => {
    expect(flags.every((f) => f.period.year === 2025)).toBe(true);
    const first = consolidatedLayout(fw, year(2023), {
      flags: mergeFlags(fw, [], year(2023), { factor: 2 }),
    });
    const rows = first.units.rows.slice(first.sections.followUp! + 1).map(text);
    expect(rows[1][1]).toMatch(/không có số liệu cần xem lại/);
  });

  it("is left out when no history was given", () => {
    expect(consolidatedLayout(fw, y2025).sections.followUp).toBeUndefined();
  });
});
