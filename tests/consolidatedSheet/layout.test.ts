import fc from "fast-check";
import {
  consolidatedLayout,
  consolidatedSheetName,
  inertText,
  isFormulaLike,
  type SummaryCell,
} from "../../src/consolidatedSheet";
import {
  consolidate,
  defaultFramework as fw,
  parseReport,
  rawFromReportJson,
  type RawCell,
  type ReportJson,
} from "../../src/domain";
import dv01 from "../cli/fixtures/dv01.json";
import dv01b from "../cli/fixtures/dv01-corrected.json";
import dv02 from "../cli/fixtures/dv02.json";
import dv03 from "../cli/fixtures/dv03-h1.json";
import dv04 from "../cli/fixtures/dv04-invalid.json";

const report = (json: unknown, source: string, patch: Record<string, RawCell> = {}) =>
  parseReport(fw, { ...rawFromReportJson(json as ReportJson), ...patch }, source);

const registry = [
  { code: "DV01", name: "Trường THPT Số 1" },
  { code: "DV02", name: "Bệnh viện tỉnh" },
  { code: "DV05", name: "Trường Mầm non" },
];

function layoutOf(patch: Record<string, RawCell> = {}) {
  const reports = [
    report(dv01, "dv01.xlsx › Báo cáo"),
    report(dv01b, "dv01-sua.xlsx › Báo cáo"),
    report(dv02, "dv02.xlsx › Báo cáo", patch),
    report(dv03, "dv03.xlsx › Báo cáo"),
    report(dv04, "dv04.xlsx › Báo cáo"),
  ];
  const c = consolidate(fw, reports, { registry, period: { kind: "year", year: 2025 } });
  return { c, layout: consolidatedLayout(fw, c) };
}

const text = (cells: SummaryCell[] | undefined) => (cells ?? []).map((c) => c.value ?? "");
const rowsFrom = (rows: SummaryCell[][], start: number) => {
  const out: SummaryCell[][] = [];
  for (let r = start + 1; r < rows.length && rows[r].length; r++) out.push(rows[r]);
  return out;
};

describe("the consolidated sheet", () => {
  it("is titled with the period and named for Excel", () => {
    const { layout } = layoutOf();
    expect(layout.rows[0][0].value).toBe("Tổng hợp Năm 2025");
    expect(consolidatedSheetName(fw, { kind: "year", year: 2025 })).toBe("Tổng hợp Năm 2025");
    expect(consolidatedSheetName(fw, { kind: "year", year: 2025 }, ["tổng hợp năm 2025"])).toBe(
      "Tổng hợp Năm 2025 (2)",
    );
    const long = consolidatedSheetName(fw, { kind: "midterm", year: 2025 });
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toMatch(/Sơ kết giữa nhiệm kỳ 2025/);
    expect(layout.print).toEqual({ paperSize: "A4", orientation: "landscape", fitToWidth: 1 });
  });

  it("gives the province's result for every target with its status band", () => {
    const { c, layout } = layoutOf();
    const rows = rowsFrom(layout.rows, layout.sections.province).slice(1);
    expect(rows.map((r) => r[0].value)).toEqual(fw.targets.map((t) => t.code));
    const t25 = rows.find((r) => r[0].value === "2.5")!;
    const p25 = c.province.targets.find((t) => t.code === "2.5")!;
    // DV05 of the unit list has not reported: “mỗi CĐCS” is not concluded, and the note says why.
    expect(text(t25).slice(2, 5)).toEqual(["≥ 100%", p25.actual! / 100, "Thiếu số liệu / Missing data"]);
    expect(t25[4].style).toBe("missing");
    expect(t25[9].value).toMatch(
      /^2\/3 CĐCS đạt \(≥ 15% đoàn viên đăng ký .*\); 1 CĐCS chưa báo cáo — Chưa kết luận được/,
    );
    expect(t25[3].numberFormat).toBe("0.00%");
    for (const [i, r] of rows.entries()) expect(r[4].style).toBe(c.province.targets[i].status);
  });

  it("shows completeness, each unit's figures and statuses, missing units, duplicates and excluded reports", () => {
    const { layout } = layoutOf();
    const completeness = rowsFrom(layout.rows, layout.sections.completeness);
    expect(completeness.map((r) => text(r).slice(1, 3))).toEqual([
      ["Số đơn vị phải báo cáo / Units expected", 3],
      ["Số đơn vị đã báo cáo / Units reported", 2],
      ["Chưa báo cáo / Not reported", 1],
      ["Báo cáo trùng / Duplicated units", 1],
      ["Báo cáo bị loại / Excluded reports", 2],
    ]);
    const units = rowsFrom(layout.rows, layout.sections.units);
    const header = text(units[0]);
    expect(header.slice(0, 3)).toEqual(["Mã / Code", "Tên CĐCS / Unit", "Ngày báo cáo / Report date"]);
    const dv01row = units.find((r) => r[0].value === "DV01")!;
    expect(dv01row[header.indexOf("Số đoàn viên công đoàn / Union members")].value).toBe(48);
    expect(dv01row[header.indexOf("2.5")]).toEqual({ value: "Đạt", style: "met" });
    expect(dv01row[header.length - 1].value).toBe("dv01-sua.xlsx › Báo cáo");

    const missing = rowsFrom(layout.rows, layout.sections.missing);
    expect(missing.slice(1).map(text)).toEqual([["DV05", "Trường Mầm non"]]);

    const dups = rowsFrom(layout.rows, layout.sections.duplicates).slice(1).map(text);
    expect(dups[0].slice(0, 4)).toEqual(["DV01", "dv01-sua.xlsx › Báo cáo", "28/12/2025", "Giữ / Kept"]);
    expect(dups[1].slice(1, 4)).toEqual(["dv01.xlsx › Báo cáo", "20/12/2025", "Bỏ / Dropped"]);
    expect(String(dups[0][4])).toMatch(/mới nhất/);
    expect(String(dups[1][4])).toMatch(/latest/);

    const excluded = rowsFrom(layout.rows, layout.sections.excluded).map(text);
    const joined = excluded.map((r) => r.join("|")).join("\n");
    expect(joined).toMatch(/DV03\|dv03\.xlsx › Báo cáo\|\|Báo cáo kỳ 6 tháng 2025/);
    expect(joined).toMatch(/DV04\|dv04\.xlsx › Báo cáo/);
    expect(joined).toMatch(/Số đoàn viên công đoàn: số lượng không được âm \(-3\)/);
    expect(joined).toMatch(/Union members: a count cannot be negative \(-3\)/);
  });

  it("writes every text from a source as inert text", () => {
    for (const name of ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)"]) {
      const { layout } = layoutOf({ unit_name: name });
      const cells = layout.rows.flat();
      const cell = cells.find((c) => typeof c.value === "string" && c.value.endsWith(name))!;
      expect(cell).toEqual({ value: `'${name}`, style: "source", numberFormat: "@" });
      expect(cells.filter((c) => typeof c.value === "string" && isFormulaLike(c.value))).toEqual([]);
    }
  });
});

describe("inertText", () => {
  it("only changes text that a spreadsheet would run, and only once", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = inertText(s);
        expect(isFormulaLike(once)).toBe(false);
        expect(inertText(once)).toBe(once);
        expect(once === s || once === `'${s}`).toBe(true);
      }),
    );
    expect(inertText("Trường THPT Số 1")).toBe("Trường THPT Số 1");
  });
});
