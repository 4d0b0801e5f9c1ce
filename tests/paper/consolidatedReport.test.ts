import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writePdf } from "../../src/cli/pdf";
import { defaultFramework as fw } from "../../src/domain";
import { consolidatedWorkbook } from "../../src/xlsx";
import { fontSize, pagePictures, pageSizes, pdfText, pdfWords } from "./pdf";
import { thirtyUnits } from "./thirtyUnits";

const A4 = { short: 595.3, long: 841.9 };
const near = (a: number, b: number) => Math.abs(a - b) < 1;

/** Words a Vietnamese paper must not hold: the English of our own labels. */
const ENGLISH =
  /\b(Met|Not met|Missing|Code|Target|Threshold|Actual|Status|Source|Units?|Report|Province|Recipients|Page)\b/;

describe("the province's consolidated report of 30 units, printed by LibreOffice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-paper-"));
  const xlsx = path.join(dir, "tonghop.xlsx");
  let pdf = "";

  beforeAll(async () => {
    writeFileSync(xlsx, await consolidatedWorkbook(fw, thirtyUnits()));
    pdf = await writePdf(xlsx);
    pagePictures(pdf, "paper-consolidated");
  }, 180_000);

  it("is on A4: the report on portrait pages, then the units' table on landscape pages", () => {
    const sizes = pageSizes(pdf);
    const portrait = sizes.filter((s) => near(s.width, A4.short) && near(s.height, A4.long)).length;
    const landscape = sizes.filter((s) => near(s.width, A4.long) && near(s.height, A4.short)).length;
    expect(portrait + landscape).toBe(sizes.length);
    expect(portrait).toBeGreaterThanOrEqual(2);
    // 30 units do not fit one landscape page at a readable size: fitted to width, not to one page.
    expect(landscape).toBeGreaterThanOrEqual(2);
    expect(sizes.slice(0, portrait).every((s) => s.width < s.height)).toBe(true);
    expect(readdirSync(path.join(__dirname, "..", "..", "test-output", "paper-consolidated"))).toHaveLength(
      sizes.length,
    );
  });

  it("has the letterhead, the title, the signature block and “Trang x/y” on every page", () => {
    const sizes = pageSizes(pdf);
    const all = pdfText(pdf, 1, sizes.length);
    for (const line of [
      "LĐLĐ TỈNH BÌNH ĐỊNH",
      "CÔNG ĐOÀN VIÊN CHỨC TỈNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "NGƯỜI LẬP BIỂU",
      "TM. BAN THƯỜNG VỤ",
      "CHỦ TỊCH",
      "Nơi nhận:",
      "PHỤ LỤC",
    ])
      expect(all).toContain(line);
    expect(all).toMatch(/Số: +\/BC-/);
    expect(all).toMatch(/Đạt \d+\/19 chỉ tiêu; .*chưa kết luận vì thiếu báo cáo của 4 đơn vị/);
    sizes.forEach((_, i) => expect(pdfText(pdf, i + 1, i + 1)).toContain(`Trang ${i + 1}/${sizes.length}`));
  });

  it("holds no English word and no text below 11 pt", () => {
    const words = pdfWords(pdf);
    expect(words.filter((w) => ENGLISH.test(w.text)).map((w) => w.text)).toEqual([]);
    const small = words.filter((w) => fontSize(w) < 11 - 0.2);
    expect(small.map((w) => `p${w.page} “${w.text}” ${fontSize(w).toFixed(1)} pt`)).toEqual([]);
  });

  it("gives every target's code and text once in the report, and every unit once in the table", () => {
    const sizes = pageSizes(pdf);
    const portrait = sizes.filter((s) => s.width < s.height).length;
    const report = pdfText(pdf, 1, portrait);
    const count = (text: string, part: string) => text.split(part).length - 1;
    for (const t of fw.targets) {
      expect([t.code, count(report, ` ${t.code} `)]).toEqual([t.code, 1]);
      expect([t.code, count(report, t.text.vi)]).toEqual([t.code, 1]);
    }
    const table = pdfText(pdf, portrait + 1, sizes.length);
    for (let i = 1; i <= 30; i++) expect(count(table, ` DV${String(i).padStart(2, "0")} `)).toBe(1);
    // The header of the units' table is printed again at the top of each landscape page.
    for (let p = portrait + 1; p <= sizes.length; p++) expect(pdfText(pdf, p, p)).toContain("Tên CĐCS");
  });
});
