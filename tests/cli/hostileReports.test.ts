import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { clerkFills, FILLED, inputCell, openWorkbook } from "../xlsx/clerk";
import { run } from "./runCli";

const folder = () => mkdtempSync(path.join(os.tmpdir(), "chitieu-hostile-"));

describe("chitieu merge names what is wrong in a crafted report", () => {
  it("names a report date typed as 99999999 (not Excel's year 275690) and one outside the term", async () => {
    const dir = folder();
    const dated = (code: string, date: number) =>
      clerkFills({ ...FILLED, unit_code: code, report_date: date }, (ws) => {
        ws.getCell(inputCell("report_date")).numFmt = "dd/mm/yyyy";
      });
    writeFileSync(path.join(dir, "dv01.xlsx"), await clerkFills(FILLED));
    writeFileSync(path.join(dir, "dv02.xlsx"), await dated("DV02", 99999999));
    writeFileSync(path.join(dir, "dv03.xlsx"), await dated("DV03", 60000)); // 04/04/2064
    const { code, out } = await run("merge", dir, "--json");
    expect(code).toBe(0);
    expect(out).not.toMatch(/275690/);
    const c = JSON.parse(out);
    const cell = expect.stringContaining(inputCell("report_date"));
    expect(c.excluded.map((e: { unitCode: string }) => e.unitCode)).toEqual(["DV02", "DV03"]);
    expect(c.excluded[0].errors).toMatchObject([
      { code: "not_date", cell, message: { en: "Report date: 99999999 is not a date (dd/mm/yyyy)" } },
    ]);
    expect(c.excluded[1].errors).toMatchObject([
      {
        code: "date_out_of_term",
        cell,
        message: { en: "Report date: 60000 is a date in the year 2064, outside the term 2023–2028" },
      },
    ]);
  }, 60_000);

  it("refuses a unit name of a million characters: the consolidated workbook holds no cell over Excel's limit", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "dv01.xlsx"), await clerkFills(FILLED));
    writeFileSync(
      path.join(dir, "dv02.xlsx"),
      await clerkFills({ ...FILLED, unit_code: "DV02", unit_name: "Trường".repeat(175_000) }),
    );
    const output = path.join(folder(), "tonghop.xlsx");
    const { code, out } = await run("merge", dir, "-o", output);
    expect(code).toBe(0);
    expect(out).toContain(`${inputCell("unit_name")}: Tên CĐCS: chữ dài 1.050.`);
    expect(out).toMatch(/ký tự, quá giới hạn 32\.767 ký tự một ô của Excel/);
    expect(out.length).toBeLessThan(20_000);
    const wb = await openWorkbook(readFileSync(output));
    let longest = 0;
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => (longest = Math.max(longest, String(cell.value ?? "").length))),
    );
    expect(longest).toBeLessThan(1000);
  }, 60_000);

  it("warns, in both languages, about repeated unit-list codes, invisible characters and future dates", async () => {
    const dir = folder();
    writeFileSync(
      path.join(dir, "units.csv"),
      "Mã,Tên\nDV01,Trường THPT Số 1\nDV02,Bệnh viện\n\nDV01,Trường khác\n",
    );
    writeFileSync(path.join(dir, "dv01.xlsx"), await clerkFills({ ...FILLED, report_date: "20/12/2026" }));
    writeFileSync(path.join(dir, "dv02.xlsx"), await clerkFills({ ...FILLED, unit_code: "DV02\u200b" }));
    jest.useFakeTimers({
      now: new Date(2025, 11, 20, 9, 0),
      doNotFake: ["nextTick", "setImmediate", "setTimeout"],
    });
    try {
      const { code, out } = await run("merge", dir, "--registry", path.join(dir, "units.csv"));
      expect(code).toBe(0);
      const warnings = out.slice(out.indexOf("Cần xem lại / Please check (3):"));
      expect(warnings).toMatch(/⚠ Mã DV01 lặp lại trong danh sách đơn vị \(dòng 5\): giữ dòng 2/);
      expect(warnings).toMatch(/DV01: the report date 2026-12-20 is after today \(2025-12-20\)/);
      expect(warnings).toMatch(/Mã “DV02⟨U\+200B⟩” của .*dv02\.xlsx › Báo cáo chỉ khớp mã “DV02”/);
    } finally {
      jest.useRealTimers();
    }
  }, 60_000);
});
