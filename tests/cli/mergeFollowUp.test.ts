import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { defaultFramework as fw } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";
import { reportWorkbook } from "../../src/xlsx";
import { code, UNITS, yearlyReport } from "../domain/termReports";

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { exit, out: out.join("\n"), err: err.join("\n") };
}

async function yearFolder(root: string, year: number): Promise<string> {
  const dir = path.join(root, `Năm ${year}`);
  mkdirSync(dir, { recursive: true });
  for (const i of UNITS)
    writeFileSync(
      path.join(dir, `${code(i)}.xlsx`),
      await reportWorkbook(reportLayout(fw, { formulas: "native", values: yearlyReport(i, year) })),
    );
  return dir;
}

describe("chitieu merge --history", () => {
  it("lists the figures to follow up against the term's history, in the output and the consolidated workbook's units sheet", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "chitieu-follow-"));
    const history = path.join(root, "lichsu.xlsx");
    const before = await run("history", await yearFolder(root, 2024), "-o", history);
    expect(before.exit).toBe(0);
    const output = path.join(root, "tonghop.xlsx");
    const r = await run(
      "merge",
      await yearFolder(root, 2025),
      "--history",
      history,
      "--deadline",
      "year:2025=15/01/2026",
      "-o",
      output,
    );
    expect(r.err).toBe("");
    expect(r.exit).toBe(0);
    expect(r.out).toContain("Cần xem lại so với kỳ trước / For follow-up, against the previous report (3):");
    expect(r.out).toMatch(/DV07 {2}.*giảm 90%: từ 120 \(Năm 2024\) còn 12 \(Năm 2025\)/);
    expect(r.out).toContain("The Year 2025 report is dated 20/02/2026, after the deadline 15/01/2026");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
    const rows: string[][] = [];
    // Off paper, on the units' sheet.
    wb.worksheets[1].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))),
    );
    const start = rows.findIndex((row) => row[0] === "CẦN XEM LẠI (không in)");
    const flagged = rows.slice(start).filter((row) => /^DV\d\d$/.test(row[0]));
    expect(flagged.map((row) => [row[0], row[3], row[4]])).toEqual([
      ["DV07", "120", "12"],
      ["DV12", "15/01/2026", "20/02/2026"],
      ["DV20", "Có", "Không"],
    ]);
    // Flagged units are merged like any other.
    expect(rows.filter((row) => row[0] === "DV07").length).toBeGreaterThan(1);
  }, 60_000);

  it("refuses a --history file that is not a history workbook, and writes nothing", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "chitieu-follow-"));
    const other = path.join(root, "khac.xlsx");
    writeFileSync(other, await reportWorkbook(reportLayout(fw, { formulas: "native" })));
    const r = await run(
      "merge",
      await yearFolder(root, 2025),
      "--history",
      other,
      "-o",
      path.join(root, "t.xlsx"),
    );
    expect(r.exit).toBe(1);
    expect(r.err).toContain("is not a history workbook (no “Lịch sử chỉ tiêu” sheet): nothing merged");
    expect(existsSync(path.join(root, "t.xlsx"))).toBe(false);
  }, 60_000);
});
