import fc from "fast-check";
import {
  consolidatedLayout,
  consolidatedSheetName,
  inertText,
  isFormulaLike,
  unitsSheetName,
  type PaperCell,
  type PaperSheet,
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

const text = (cells: PaperCell[] | undefined) => (cells ?? []).map((c) => c.value ?? "");
const rowsFrom = (rows: PaperCell[][], start: number | undefined) => {
  const out: PaperCell[][] = [];
  for (let r = start! + 1; r < rows.length && rows[r].length; r++) out.push(rows[r]);
  return out;
};
const allText = (sheet: PaperSheet) =>
  sheet.rows
    .flat()
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");

describe("the consolidated report", () => {
  it("is a union document on portrait A4 with the units' table on landscape A4, fitted to width only", () => {
    const { layout } = layoutOf();
    expect(consolidatedSheetName(fw, { kind: "year", year: 2025 })).toBe("Tổng hợp Năm 2025");
    expect(consolidatedSheetName(fw, { kind: "year", year: 2025 }, ["tổng hợp năm 2025"])).toBe(
      "Tổng hợp Năm 2025 (2)",
    );
    const long = consolidatedSheetName(fw, { kind: "midterm", year: 2025 });
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).toMatch(/Sơ kết giữa nhiệm kỳ 2025/);
    expect(unitsSheetName(fw, { kind: "midterm", year: 2025 }).length).toBeLessThanOrEqual(31);

    const words = allText(layout.summary);
    for (const line of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "TM. BAN THƯỜNG VỤ",
      "CHỦ TỊCH",
      "NGƯỜI LẬP BIỂU",
      "Nơi nhận:",
    ])
      expect(words).toContain(line);
    expect(words.some((w) => /^Số: +\/BC-/.test(w))).toBe(true);

    const { summary, units } = layout;
    expect(summary.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: 1 });
    expect(units.print).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1 });
    // The summary's print area holds the document; the units' stops before the clerk's notes.
    expect(summary.print.area).toEqual({
      firstRow: 0,
      lastRow: summary.rows.length - 1,
      firstCol: 0,
      lastCol: 5,
    });
    const header = units.rows[units.print.titleRows!.first];
    expect(text(header).slice(0, 2)).toEqual(["Mã", "Tên CĐCS"]);
    expect(units.print.area.lastCol).toBe(1 + 5 + fw.targets.length);
    expect(text(header)[units.print.area.lastCol + 1]).toBe("Ngày báo cáo");
    expect(units.print.area.lastRow).toBeLessThan(layout.sections.duplicates!);
    expect(text(summary.rows[summary.print.titleRows!.first])).toEqual([
      "Mã",
      "Chỉ tiêu",
      "Mức chỉ tiêu",
      "Thực hiện",
      "Đánh giá",
      "Kết quả cụ thể",
    ]);
  });

  it("says what the province achieved in one line, with the totals of the base figures", () => {
    const { c, layout } = layoutOf();
    const overview = rowsFrom(layout.summary.rows, layout.sections.overview);
    const n = (status: string) => c.province.targets.filter((t) => t.status === status).length;
    expect(overview[0][0].value).toBe(
      `Đạt ${n("met")}/${fw.targets.length} chỉ tiêu; ${n("not_met")} không đạt; ${n("pending")} chưa đến hạn đánh giá; ` +
        `${n("missing")} chưa kết luận vì thiếu báo cáo của ${c.missing.length} đơn vị`,
    );
    expect(c.missing).toHaveLength(1);
    expect(overview.slice(1).map((r) => [r[1].value, r[3].value])).toEqual([
      ["Số CĐCS phải báo cáo", 3],
      ["Số CĐCS đã báo cáo", 2],
      ["Số CĐCS chưa báo cáo", 1],
      ["Báo cáo trùng", 1],
      ["Báo cáo bị loại", 2],
    ]);
    const totals = rowsFrom(layout.summary.rows, layout.sections.totals).slice(1);
    const members = totals.find((r) => r[1].value === "Số đoàn viên công đoàn")!;
    expect(members[3].value).toBe(c.units.reduce((n, u) => n + (u.values.members as number), 0));
    expect(members[4].value).toBe(2);
  });

  it("gives each target in the officer's words, with the programme's own threshold", () => {
    const { c, layout } = layoutOf();
    const rows = rowsFrom(layout.summary.rows, layout.sections.province).slice(1);
    expect(rows.map((r) => r[0].value)).toEqual(fw.targets.map((t) => t.code));
    const t25 = rows.find((r) => r[0].value === "2.5")!;
    const p25 = c.province.targets.find((t) => t.code === "2.5")!;
    // “mỗi CĐCS” targets state the unit's threshold, not “≥ 100%”.
    expect(t25[2].value).toBe("Mỗi CĐCS ≥ 15% đoàn viên đăng ký thực hiện sáng kiến, giải pháp");
    expect(text(t25).slice(3, 5)).toEqual([p25.actual! / 100, "Chưa kết luận"]);
    expect(t25[4].style).toBe("missing");
    expect(t25[5].value).toBe(p25.summary.vi);
    expect(t25[3].numberFormat).toBe("0.00%");
    expect(rows.find((r) => r[0].value === "2.3a")![2].value).toBe("> 90% CĐCS");
    for (const [i, r] of rows.entries()) expect(r[4].style).toBe(c.province.targets[i].status);
  });

  it("puts each unit on one row of the landscape table, and missing units, duplicates and excluded reports where they belong", () => {
    const { layout } = layoutOf();
    const units = rowsFrom(layout.units.rows, layout.sections.units);
    const header = text(units[0]);
    const dv01row = units.find((r) => r[0].value === "DV01")!;
    expect(dv01row[header.indexOf("Số đoàn viên công đoàn")].value).toBe(48);
    expect(dv01row[header.indexOf("2.5")]).toEqual({ value: "Đ", style: "met" });
    expect(dv01row[header.indexOf("Nguồn")].value).toBe("dv01-sua.xlsx › Báo cáo");
    expect(allText(layout.units)).toContain(
      "Đ: đạt; K: không đạt; –: không áp dụng; ?: thiếu số liệu; C: chưa đến hạn",
    );

    const missing = rowsFrom(layout.summary.rows, layout.sections.missing);
    expect(missing.slice(1).map((r) => [r[0].value, r[1].value])).toEqual([["DV05", "Trường Mầm non"]]);

    const dups = rowsFrom(layout.units.rows, layout.sections.duplicates).slice(1).map(text);
    expect(dups[0].slice(0, 4)).toEqual(["DV01", "dv01-sua.xlsx › Báo cáo", "28/12/2025", "Giữ"]);
    expect(dups[1].slice(1, 4)).toEqual(["dv01.xlsx › Báo cáo", "20/12/2025", "Bỏ"]);
    expect(String(dups[0][4])).toMatch(/mới nhất/);

    const excluded = rowsFrom(layout.units.rows, layout.sections.excluded).map(text);
    const joined = excluded.map((r) => r.join("|")).join("\n");
    expect(joined).toMatch(/DV03\|dv03\.xlsx › Báo cáo\|\|Báo cáo kỳ 6 tháng 2025/);
    expect(joined).toMatch(/Số đoàn viên công đoàn: số lượng không được âm \(-3\)/);
  });

  it("is in one language: Vietnamese by default, English when chosen", () => {
    const { c } = layoutOf();
    const vi = consolidatedLayout(fw, c);
    const en = consolidatedLayout(fw, c, { language: "en" });
    const english = /\b(Met|Not met|Code|Target|Threshold|Actual|Status|Unit|units?|Source)\b/;
    expect([...allText(vi.summary), ...allText(vi.units)].filter((t) => english.test(t))).toEqual([]);
    const enText = allText(en.summary);
    expect(enText).toContain("Code");
    expect(enText.some((t) => /targets met/.test(t))).toBe(true);
    expect(
      rowsFrom(en.summary.rows, en.sections.province)
        .slice(1)
        .find((r) => r[0].value === "2.5")![2].value,
    ).toMatch(/^Each unit ≥ 15% of /);
  });

  it("gives wrapped rows the height of their lines", () => {
    const { layout } = layoutOf();
    const rows = rowsFrom(layout.summary.rows, layout.sections.province).slice(1);
    const first = layout.sections.province! + 2;
    const heights = rows.map((_, i) => layout.summary.rowHeights[first + i]!);
    // A target text of four lines or more is taller than one of two.
    const long = rows.findIndex((r) => String(r[1].value).length > 120);
    const short = rows.findIndex((r) => String(r[1].value).length < 50 && String(r[5].value).length < 50);
    expect(heights[long]).toBeGreaterThan(heights[short]);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(16);
  });

  it("writes every text from a source as inert text", () => {
    for (const name of ['=HYPERLINK("http://x","y")', "+1", "-1+1", "@SUM(1)"]) {
      const { layout } = layoutOf({ unit_name: name });
      const cells = [...layout.summary.rows.flat(), ...layout.units.rows.flat()];
      const cell = cells.find((c) => typeof c.value === "string" && c.value.endsWith(name))!;
      expect(cell).toEqual({ value: `'${name}`, style: "cellText", numberFormat: "@" });
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
