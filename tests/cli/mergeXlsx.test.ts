import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultFramework as fw, evaluateReport, statusText } from "../../src/domain";
import { readReportFile } from "../../src/xlsx";
import { clerkFills, FILLED, openWorkbook, plainWorkbook } from "../xlsx/clerk";
import { libreOfficeCsv } from "./libreoffice";
import { run, fixture } from "./runCli";

/** A folder as the office receives it: reports in sub-folders, a lock file, a broken file, a JSON report. */
async function inbox(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-inbox-"));
  mkdirSync(path.join(dir, "THPT"));
  mkdirSync(path.join(dir, "Y tế"));
  writeFileSync(path.join(dir, "THPT", "dv01.xlsx"), await clerkFills(FILLED, (ws) => (ws.name = "BC")));
  writeFileSync(
    path.join(dir, "Y tế", "dv02.xlsx"),
    await clerkFills({
      ...FILLED,
      unit_code: "DV02",
      unit_name: '=HYPERLINK("http://x","y")',
      members_with_initiatives: 2,
    }),
  );
  writeFileSync(path.join(dir, "THPT", "~$dv01.xlsx"), "lock");
  writeFileSync(path.join(dir, "hong.xlsx"), "not a workbook");
  writeFileSync(path.join(dir, "ghi chu.txt"), "ignored");
  writeFileSync(
    path.join(dir, "danh sach.xlsx"),
    await plainWorkbook((wb) => wb.addWorksheet("DS").addRow(["x"])),
  );
  copyFileSync(fixture("dv03-h1.json"), path.join(dir, "dv03.json"));
  return dir;
}

describe("chitieu merge on workbooks", () => {
  it("merges a folder recursively, lists every file it does not read with why, and writes tonghop.xlsx", async () => {
    const dir = await inbox();
    const registry = path.join(dir, "units.xlsx");
    writeFileSync(
      registry,
      await plainWorkbook((wb) =>
        wb.addWorksheet("Đơn vị").addRows([
          ["Mã đơn vị", "Tên"],
          ["DV01", "Trường THPT Số 1"],
          ["DV02", "Bệnh viện"],
          ["DV05", "Trường Mầm non"],
        ]),
      ),
    );
    const output = path.join(dir, "tonghop.xlsx");
    const { code, out } = await run(
      "merge",
      dir,
      "--registry",
      registry,
      "--period",
      "year:2025",
      "-o",
      output,
      "--json",
    );
    expect(code).toBe(0);
    const c = JSON.parse(out);
    expect(c.units.map((u: { code: string }) => u.code)).toEqual(["DV01", "DV02"]);
    expect(c.units[0].source).toBe(path.join(dir, "THPT", "dv01.xlsx") + " › BC");
    expect(c.missing).toEqual([{ code: "DV05", name: "Trường Mầm non" }]);
    const excluded = c.excluded.map((e: { source: string; errors: { message: { vi: string } }[] }) => [
      path.basename(e.source),
      e.errors[0]?.message.vi ?? "",
    ]);
    // Every file of the folder is read or listed with why: the lock file, the notes, the unit list too.
    expect(excluded).toEqual([
      ["~$dv01.xlsx", expect.stringMatching(/^Tệp khóa của Excel/)],
      ["danh sach.xlsx", expect.stringMatching(/Không có trang báo cáo/)],
      ["ghi chu.txt", "Không phải tệp báo cáo (.xlsx hoặc .json)"],
      ["hong.xlsx", "Không phải tệp Excel .xlsx"],
      ["units.xlsx", "Danh sách đơn vị (--registry), không phải báo cáo"],
      ["dv03.json", ""],
    ]);

    // LibreOffice opens the consolidated workbook and shows the same figures, in Vietnamese only.
    const rows = libreOfficeCsv(output, { recalculate: false });
    expect(rows.map((r) => r.join("|")).join("\n")).toMatch(/BÁO CÁO/);
    // The targets' table is the last place a code starts a row (the chart's data comes before it).
    const targetRow = (code: string) => rows.filter((r) => r[0] === code).at(-1)!;
    for (const t of c.province.targets as { code: string; actual: number | null; unit: string }[]) {
      const shown = targetRow(t.code)[3];
      if (t.actual === null) expect(shown).toBe("—");
      else expect(shown).toBe(t.unit === "percent" ? `${t.actual.toFixed(2)}%` : String(t.actual));
    }
    const p25 = targetRow("2.5");
    expect(p25[2]).toMatch(/^Mỗi CĐCS ≥ 15% đoàn viên đăng ký/);
    expect(p25.slice(3, 5)).toEqual(["0.00%", "Không đạt"]);
    expect(rows.find((r) => r[1] === "Số CĐCS đã báo cáo")![3]).toBe("2");
    const units = (await openWorkbook(readFileSync(output))).worksheets[1];
    const dv02 = units.getColumn(1).values.indexOf("DV02");
    expect(units.getCell(dv02, 2).value).toBe('\'=HYPERLINK("http://x","y")');
  }, 120_000);

  it("gives the same result whatever the order of the files", async () => {
    const dir = await inbox();
    const files = ["THPT/dv01.xlsx", "Y tế/dv02.xlsx", "hong.xlsx", "dv03.json"].map((f) =>
      path.join(dir, f),
    );
    const a = await run("merge", ...files, "--json");
    const b = await run("merge", ...[...files].reverse(), "--json");
    expect(a.code).toBe(0);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  it("fails with a clear message when nothing can be merged", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-empty-"));
    writeFileSync(path.join(dir, "hong.xlsx"), "not a workbook");
    const { code, err, out } = await run("merge", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/Không tổng hợp được báo cáo nào/);
    expect(err).toMatch(/Nothing could be merged/);
    expect(out).toMatch(/hong\.xlsx/);
    const none = await run("merge", mkdtempSync(path.join(os.tmpdir(), "chitieu-none-")));
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/No \.xlsx or \.json file/);
  });
});

describe("chitieu template", () => {
  it("writes a pre-filled report whose native formulas, recalculated by LibreOffice, agree with the domain", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-template-"));
    const file = path.join(dir, "dv01.xlsx");
    const { code } = await run("template", "-o", file, "--data", fixture("dv01.json"));
    expect(code).toBe(0);
    const [report] = await readReportFile(fw, readFileSync(file), "dv01.xlsx");
    expect(report.errors).toEqual([]);
    expect(report.reportDate).toBe("2025-12-20");
    const expected = evaluateReport(fw, report).map((t) => [t.code, statusText(t.status).vi]);

    const rows = libreOfficeCsv(file, { recalculate: true });
    const shown = rows.filter((r) => r[0].startsWith("chitieu:target:")).map((r) => [r[1], r[6]]);
    expect(shown).toEqual(expected);
    expect(new Set(shown.map((s) => s[1])).size).toBeGreaterThan(2);
  }, 120_000);

  it("writes a blank template that reads back as an empty report", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "chitieu-blank-")), "mau.xlsx");
    expect((await run("template", "-o", file)).code).toBe(0);
    const [report] = await readReportFile(fw, readFileSync(file), "mau.xlsx");
    expect(report.errors.map((e) => e.code)).toEqual(["required", "required", "required", "required"]);
    expect((await run("template")).code).toBe(1);
  });
});
