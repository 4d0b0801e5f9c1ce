import { cellAddress, defaultFramework as fw, parseReport, type Consolidation } from "../../src/domain";
import { consolidatedLayout, lookOf, type PaperSheet } from "../../src/consolidatedSheet";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { loadAllSheets } from "../../src/excel/loadSheets";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { jsonBytes } from "../../src/excel/payload";
import { createRegistrySheet } from "../../src/excel/registrySheet";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { gridRowBytes, gridWidth } from "../../src/excel/writeGrid";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { fileReports, reportSheets } from "./reportBook";

interface Unit {
  code: string;
  name?: string;
  period?: string;
  year?: number;
  date?: string;
  initiatives?: number | string;
}

async function addReport(excel: FakeExcel, u: Unit): Promise<string> {
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: `BC ${u.code}` });
  const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
  const values: Record<string, unknown> = {
    unit_code: u.code,
    unit_name: u.name ?? `Đơn vị ${u.code}`,
    period_kind: u.period ?? "Năm",
    year: u.year ?? 2025,
    report_date: u.date ?? "2025-12-20",
    members: 40,
    members_with_initiatives: u.initiatives ?? 8,
    self_rating: "Hoàn thành tốt nhiệm vụ",
  };
  for (const [field, value] of Object.entries(values)) {
    await excel.userEdit(sheet, `D${keys.indexOf(`chitieu:${field}`) + 1}`, [[value]], "paste");
  }
  return sheet;
}

/** The largest sheet and the total of what reading every sheet answers, in bytes. */
async function readSizes(excel: FakeExcel): Promise<{ total: number; largest: number }> {
  const sizes = (await excel.run((context) => loadAllSheets(context))).map((s) => jsonBytes(s.rows));
  return { total: sizes.reduce((a, b) => a + b, 0), largest: Math.max(...sizes) };
}

/**
 * What writing a consolidation sends, in bytes: every row (a row's formats continuing those of the row
 * above cost nothing) and the largest row at the top of a request.
 */
function writeSizes(c: Consolidation): { total: number; largest: number } {
  const layout = consolidatedLayout(fw, c);
  const sizes = [layout.summary, layout.units].map((paper: PaperSheet) => {
    const rows = paper.rows.map((r) => r.map((cell) => ({ ...cell, look: lookOf(cell) })));
    const width = gridWidth(rows) + 1;
    return {
      total: rows.reduce((n, r, i) => n + gridRowBytes(r, width, rows[i - 1]), 0),
      largest: Math.max(...rows.map((r) => gridRowBytes(r, width))),
    };
  });
  return {
    total: sizes.reduce((n, s) => n + s.total, 0),
    largest: Math.max(...sizes.map((s) => s.largest)),
  };
}

async function cellsOf(excel: FakeExcel, sheet: string): Promise<string[]> {
  return (await excel.values(sheet, "A1:AH300")).flat().map(String);
}

describe("merging the workbook's report sheets", () => {
  it("consolidates every report sheet in at most 4 syncs, whatever their number", async () => {
    for (const n of [3, 12]) {
      const excel = createFakeExcel();
      for (let i = 1; i <= n; i++) await addReport(excel, { code: `DV${String(i).padStart(2, "0")}` });
      const before = excel.syncCount;
      const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
      expect(excel.syncCount - before).toBeLessThanOrEqual(4);
      expect(outcome.consolidation.units).toHaveLength(n);
      expect(outcome.sheet).toBe("Tổng hợp Năm 2025");
      expect(outcome.units).toBe("Đơn vị Năm 2025");
    }
  });

  it("shows the duplicate, the other period, the missing unit and a picked file's report", async () => {
    const excel = createFakeExcel();
    await createRegistrySheet(excel.run, ALL_CAPABILITIES);
    await excel.userEdit(
      "Danh sách đơn vị",
      "A3:B5",
      [
        ["DV01", "Trường A"],
        ["DV02", "Trường B"],
        ["DV09", "Trường C"],
      ],
      "paste",
    );
    await addReport(excel, { code: "DV01", date: "2025-12-01", initiatives: 2 });
    await addReport(excel, { code: "DV01", date: "2025-12-15", initiatives: 8 });
    await addReport(excel, { code: "DV03", period: "6 tháng" });
    const fromFile = parseReport(
      fw,
      {
        unit_code: "DV02",
        unit_name: "Trường B",
        period_kind: "Năm",
        year: 2025,
        members: 10,
        members_with_initiatives: 1,
      },
      "dv02.xlsx › Báo cáo",
    );
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { fileReports: [fromFile] });
    const c = outcome.consolidation;
    expect(c.units.map((u) => u.code)).toEqual(["DV01", "DV02"]);
    expect(c.duplicates[0]).toMatchObject({ unitCode: "DV01", kept: { reportDate: "2025-12-15" } });
    expect(c.excluded.map((e) => [e.unitCode, e.reason])).toEqual([["DV03", "other_period"]]);
    expect(c.missing).toEqual([{ code: "DV09", name: "Trường C" }]);
    const shown = await cellsOf(excel, outcome.sheet);
    expect(shown).toContain("DV09");
    const [chart] = excel.sheet(outcome.sheet)!.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      seriesBy: "Columns",
      title: expect.stringMatching(/^Mức đạt/),
    });
    expect(await cellsOf(excel, outcome.units)).toContain("dv02.xlsx › Báo cáo");
  });

  it("writes a unit name that looks like a formula as text, and never touches a source sheet", async () => {
    const excel = createFakeExcel();
    const source = await addReport(excel, { code: "DV01", name: '=HYPERLINK("http://x","y")' });
    const before = await excel.values(source, "A1:I80");
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
    for (const name of [outcome.sheet, outcome.units]) {
      const sheet = excel.sheet(name)!;
      expect([...sheet.cells.values()].some((c) => c.formula !== undefined)).toBe(false);
    }
    expect((await cellsOf(excel, outcome.units)).some((v) => v.includes('HYPERLINK("http://x","y")'))).toBe(
      true,
    );
    expect(await excel.values(source, "A1:I80")).toEqual(before);
  });

  it("replaces the period's previous consolidation only, and leaves the workbook as it was when the write fails", async () => {
    const excel = createFakeExcel();
    await addReport(excel, { code: "DV01" });
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
    await addReport(excel, { code: "DV02" });
    const again = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
    expect(excel.sheetNames().filter((n) => n.startsWith("Tổng hợp"))).toEqual(["Tổng hợp Năm 2025"]);
    expect(excel.sheetNames().filter((n) => n.startsWith("Đơn vị"))).toEqual(["Đơn vị Năm 2025"]);
    expect(again.consolidation.units).toHaveLength(2);

    const names = excel.sheetNames();
    const snapshot = await excel.values("Tổng hợp Năm 2025", "A1:P60");
    excel.failSync(excel.syncCount + 3);
    await expect(mergeWorkbook(excel.run, fw, ALL_CAPABILITIES)).rejects.toThrow();
    expect(excel.sheetNames()).toEqual(names);
    expect(await excel.values("Tổng hợp Năm 2025", "A1:P60")).toEqual(snapshot);
  });

  const FOUR_MB = 4 * 1024 * 1024;
  const budget = 3 * 1024 * 1024;

  /** Merges under a limit of 4 MB per request and response: a batch over it fails the merge. */
  async function mergeWithin4MB(sheets: number, files: number) {
    const excel = createFakeExcel({ sheets: reportSheets(sheets), payloadLimitBytes: FOUR_MB });
    const read = await readSizes(excel);
    const before = excel.syncCount;
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, {
      fileReports: fileReports(files, sheets + 1),
      payloadBudget: budget,
    });
    const syncs = excel.syncCount - before;
    const written = writeSizes(outcome.consolidation);
    const codes = (await excel.values(outcome.units, `A1:A${sheets + files + 100}`)).filter(([c]) =>
      String(c).startsWith("DV"),
    );
    return { outcome, syncs, read, written, codes };
  }

  it("merges 1,000 report sheets with no response over 4 MB, in 3 + ⌈bytes read ÷ budget⌉ + ⌈bytes written ÷ budget⌉ syncs", async () => {
    const { outcome, syncs, read, written, codes } = await mergeWithin4MB(1_000, 0);
    expect(outcome.sheets).toHaveLength(1_000);
    expect(codes).toHaveLength(1_000);
    expect(read.total).toBeGreaterThan(2 * FOUR_MB);
    expect(syncs).toBeLessThanOrEqual(
      3 +
        Math.ceil(read.total / (budget - read.largest)) +
        Math.ceil(written.total / (budget - 2 * written.largest)),
    );
  }, 300_000);

  it("writes the consolidation of 10,000 units with no request over 4 MB, in 3 + ⌈bytes read ÷ budget⌉ + ⌈bytes written ÷ budget⌉ syncs", async () => {
    const { outcome, syncs, read, written, codes } = await mergeWithin4MB(3, 10_000);
    expect(outcome.consolidation.units).toHaveLength(10_003);
    expect(codes).toHaveLength(10_003);
    expect(written.total).toBeGreaterThan(FOUR_MB);
    expect(syncs).toBeLessThanOrEqual(
      3 +
        Math.ceil(read.total / (budget - read.largest)) +
        Math.ceil(written.total / (budget - 2 * written.largest)),
    );
  }, 300_000);

  it("leaves the workbook as it was whichever sync of a merge in many batches fails", async () => {
    const excel = createFakeExcel({ sheets: reportSheets(12) });
    const options = { fileReports: fileReports(300, 13), payloadBudget: 60_000 };
    const before = excel.syncCount;
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, options);
    const syncs = excel.syncCount - before;
    expect(syncs).toBeGreaterThan(4);
    const names = excel.sheetNames();
    const snapshot = await excel.values("Tổng hợp Năm 2025", "A1:AH400");
    for (let k = 1; k <= syncs; k++) {
      excel.failSync(excel.syncCount + k);
      await expect(mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, options)).rejects.toThrow();
      expect(excel.sheetNames()).toEqual(names);
      expect(await excel.values("Tổng hợp Năm 2025", "A1:AH400")).toEqual(snapshot);
    }
  }, 120_000);

  it("gives every cell of a consolidation written in many requests the look of its kind", async () => {
    const excel = createFakeExcel({ sheets: reportSheets(4) });
    const before = excel.syncCount;
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, {
      fileReports: fileReports(200, 5),
      payloadBudget: 40_000,
    });
    expect(excel.syncCount - before).toBeGreaterThan(5);
    const layout = consolidatedLayout(fw, outcome.consolidation);
    const wrong: string[] = [];
    for (const [paper, name] of [
      [layout.summary, outcome.sheet],
      [layout.units, outcome.units],
    ] as const)
      for (const [r, row] of paper.rows.entries()) {
        for (const [c, cell] of row.entries()) {
          const look = lookOf(cell) ?? {};
          const shown = await excel.cell(name, cellAddress(r, c));
          if (
            shown.fill !== look.fill ||
            shown.bold !== !!look.bold ||
            shown.fontColor !== (look.color ?? "#000000")
          ) {
            wrong.push(`${name}!${cellAddress(r, c)}`);
          }
        }
      }
    expect(wrong).toEqual([]);
  });
});
