import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultFramework as fw } from "../../src/domain";
import { fixture, run } from "../cli/runCli";
import { libreOfficePdf } from "../cli/libreoffice";
import { BOX_PER_POINT, pagePictures, pageSizes, pdfFonts, pdfText, pdfWords, type PdfWord } from "./pdf";

// The unit's report on paper: `chitieu template` (blank, and filled from a report), printed to PDF by
// LibreOffice as a clerk would, then read back from the PDF. PNGs of the pages go to test-output/paper
// for a person to look at.

const A4: [number, number] = [595.3, 841.9];

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const count = (text: string, part: string) => text.split(norm(part)).length - 1;

/** Words only English has: from the framework's English labels and texts, absent from its Vietnamese. */
function englishWords(): Set<string> {
  const words = (texts: string[]) =>
    texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => /^[a-z]{4,}$/.test(w));
  const vi = new Set(words([...fw.fields.map((f) => f.label.vi), ...fw.targets.map((t) => t.text.vi)]));
  const en = words([...fw.fields.map((f) => f.label.en), ...fw.targets.map((t) => t.text.en)]);
  return new Set([...en, "notes", "check", "missing", "data", "target"].filter((w) => !vi.has(w)));
}

interface Printed {
  pdf: string;
  text: string;
  words: PdfWord[];
}

async function printed(name: string, ...args: string[]): Promise<Printed> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "paper-")), `${name}.xlsx`);
  const result = await run("template", "-o", file, ...args);
  expect(result.code).toBe(0);
  const pdf = libreOfficePdf(file);
  pagePictures(pdf, "paper", name);
  return { pdf, text: pdfText(pdf), words: pdfWords(pdf) };
}

describe.each([
  ["blank", [] as string[]],
  ["filled", ["--data", fixture("dv01.json")]],
])("the unit's report printed to PDF (%s)", (name, args) => {
  let paper: Printed;
  beforeAll(async () => {
    paper = await printed(`unit-${name}`, ...args);
  }, 240_000);

  it(
    name === "blank"
      ? "prints blank status cells, not “Thiếu số liệu”"
      : "prints the unit's name, date and verdicts",
    () => {
      if (name === "blank") {
        expect(paper.text).not.toContain("Thiếu số liệu");
        expect(paper.words.filter((w) => w.text === "Đạt")).toEqual([]);
        return;
      }
      expect(paper.text).toContain("BCH CĐCS TRƯỜNG THPT SỐ 1");
      expect(paper.text).toContain("Bình Định, ngày 20 tháng 12 năm 2025");
      expect(paper.words.filter((w) => w.text === "Đạt").length).toBeGreaterThan(5);
    },
  );

  it("is on A4 pages numbered x/y", () => {
    const sizes = pageSizes(paper.pdf);
    const pages = sizes.length;
    expect(sizes[0].width).toBeCloseTo(A4[0], 0);
    expect(sizes[0].height).toBeCloseTo(A4[1], 0);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    for (let p = 1; p <= pages; p++) expect(paper.text).toContain(`Trang ${p}/${pages}`);
  });

  it("has the letterhead, the title and the signature block of a union document", () => {
    for (const line of [
      "CĐVC TỈNH BÌNH ĐỊNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số:",
      "/BC-CĐCS",
      "Bình Định, ngày",
      "BÁO CÁO",
      "Kết quả thực hiện các chỉ tiêu",
      "NGƯỜI LẬP BIỂU",
      "TM. BAN CHẤP HÀNH",
      "CHỦ TỊCH",
      "Nơi nhận:",
      "Công đoàn Viên chức tỉnh (b/c);",
      "Lưu: VT.",
    ])
      expect(paper.text).toContain(line);
    expect(count(paper.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(1);
  });

  it("prints every target's code and text once", () => {
    for (const target of fw.targets) {
      expect([target.code, paper.words.filter((w) => w.text === target.code).length]).toEqual([
        target.code,
        1,
      ]);
      expect([target.code, count(paper.text, target.text.vi)]).toEqual([target.code, 1]);
    }
  });

  it("has no English word on the Vietnamese paper", () => {
    const english = englishWords();
    const found = paper.words
      .map((w) => w.text.toLowerCase().replace(/[^\p{L}]/gu, ""))
      .filter((w) => english.has(w));
    expect(found).toEqual([]);
  });

  it("prints in Times New Roman (or its metric twin), no text smaller than 11 pt", () => {
    expect(pdfFonts(paper.pdf).every((f) => /^(LiberationSerif|TimesNewRoman)/.test(f))).toBe(true);
    const small = paper.words.filter((w) => w.height < 11 * BOX_PER_POINT);
    expect(small.map((w) => `${w.text} (${(w.height / BOX_PER_POINT).toFixed(1)} pt, p. ${w.page})`)).toEqual(
      [],
    );
  });
});
