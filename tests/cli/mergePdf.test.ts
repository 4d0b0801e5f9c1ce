import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixture, run } from "./runCli";

describe("chitieu merge --pdf", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-pdf-"));

  it("writes tonghop.pdf beside tonghop.xlsx through LibreOffice", async () => {
    const out = path.join(dir, "tonghop.xlsx");
    const r = await run("merge", fixture("dv01.json"), fixture("dv02.json"), "-o", out, "--pdf");
    expect(r.code).toBe(0);
    expect(r.out).toContain(path.join(dir, "tonghop.pdf"));
    expect(readFileSync(path.join(dir, "tonghop.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  it("without LibreOffice, keeps the workbook and says how to get it, in both languages (exit 1)", async () => {
    const out = path.join(dir, "khong-pdf.xlsx");
    const saved = process.env.PATH;
    process.env.PATH = mkdtempSync(path.join(os.tmpdir(), "no-soffice-"));
    try {
      const r = await run("merge", fixture("dv01.json"), "-o", out, "--pdf");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/chưa cài LibreOffice/);
      expect(r.err).toMatch(/LibreOffice \(the soffice command\) is not installed/);
      expect(r.err).toMatch(/libreoffice-calc-nogui/);
      expect(r.err).toMatch(/Lưu dưới dạng PDF/);
      expect(existsSync(out)).toBe(true);
      expect(existsSync(path.join(dir, "khong-pdf.pdf"))).toBe(false);
    } finally {
      process.env.PATH = saved;
    }
  }, 60_000);

  it("refuses --pdf without -o, and a --lang it does not know", async () => {
    expect((await run("merge", fixture("dv01.json"), "--pdf")).code).toBe(1);
    const r = await run("merge", fixture("dv01.json"), "-o", path.join(dir, "x.xlsx"), "--lang", "fr");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--lang “fr”/);
  }, 60_000);
});
