import { prng } from "../../bench/measure";
import { readGrids } from "../../src/xlsx";
import { STORED_CHUNK } from "../../src/xlsx/reader/zip";
import { escapeXml } from "./packages";
import { oneSheetZip } from "./rawZip";

const WORDS = [
  "Trường THPT Số 1",
  "ĐV37",
  "Công đoàn Viên chức",
  "Nguyễn Thị Lan",
  "Bệnh viện",
  "ỷ ỹ ữ 😀 €",
];
const sst = (strings: string[]) =>
  Buffer.from(
    `<sst>${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("")}</sst>`,
  );
const sheetOf = (count: number, inline: string[] = []) =>
  Buffer.from(
    `<worksheet><sheetData>${Array.from(
      { length: count },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`,
    ).join("")}${inline
      .map(
        (s, i) =>
          `<row r="${count + i + 1}"><c r="B${count + i + 1}" t="inlineStr"><is><t>${escapeXml(s)}</t></is></c></row>`,
      )
      .join("")}</sheetData></worksheet>`,
  );
const column = (rows: unknown[][], col: number) =>
  rows.map((r) => r[col]).filter((v) => v !== undefined && v !== null);

describe("Vietnamese text across the reader's chunks", () => {
  it("reads every multi-byte character split at every position of a chunk boundary", () => {
    for (const ch of ["ư", "ờ", "Đ", "ệ", "😀"]) {
      const bytes = Buffer.byteLength(ch);
      for (let split = 1; split < bytes; split++) {
        // The character's first byte lands `split` bytes before the end of the first chunk.
        const head = `<sst><si><t xml:space="preserve">`;
        const pad = "a".repeat(STORED_CHUNK - split - Buffer.byteLength(head));
        const text = `${pad}${ch}Trường`;
        const strings = [text, "ĐV37"];
        expect(sst(strings).indexOf(Buffer.from(ch))).toBe(STORED_CHUNK - split);
        const [grid] = readGrids(oneSheetZip(sheetOf(2), sst(strings), true), { allSheets: true });
        expect(column(grid.rows, 0)).toEqual(strings);
      }
    }
  });

  it("reads 300 seeded workbooks of Vietnamese text without one misread", () => {
    const random = prng(2025);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)];
    for (let n = 0; n < 300; n++) {
      const strings = Array.from({ length: 1 + Math.floor(random() * 400) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 12) }, pick).join(" "),
      );
      const inline = strings.slice(0, Math.floor(random() * 50));
      const store = random() < 0.3;
      const [grid] = readGrids(oneSheetZip(sheetOf(strings.length, inline), sst(strings), store), {
        allSheets: true,
      });
      expect(column(grid.rows, 0)).toEqual(strings);
      expect(column(grid.rows, 1)).toEqual(inline);
    }
  });
});
