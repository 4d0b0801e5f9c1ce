import { prng } from "../../bench/measure";
import { defaultFramework as fw, type RawCell } from "../../src/domain";
import { readGrids, readReportFile } from "../../src/xlsx";
import { fflateInflater, type Inflater } from "../../src/xlsx/reader/inflate";
import { nodeInflater } from "../../src/xlsx/reader/nodeInflater";
import { clerkFills, FILLED, inputCell } from "./clerk";
import { packageOf, type Layout } from "./packages";
import { oneSheetZip } from "./rawZip";

const read = (data: Uint8Array, limits = {}, inflater?: Inflater) =>
  readReportFile(fw, data, "dv01.xlsx", { limits, inflater });
const refusal = (data: Uint8Array, limits = {}, inflater?: Inflater) => {
  const reports = read(data, limits, inflater);
  expect(reports).toHaveLength(1);
  expect(reports[0].unitCode).toBeNull();
  return { code: reports[0].errors[0].code, ...reports[0].errors[0].message };
};
const at = (field: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(inputCell(field))!;
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
};
/** The clerk's sheet as grids, with `changes` made to its input cells. */
async function clerkSheet(changes: Record<string, RawCell> = {}) {
  const [grid] = readGrids(await clerkFills(FILLED));
  const rows = grid.rows.map((r) => [...r]);
  for (const [field, value] of Object.entries(changes)) rows[at(field).row][at(field).col] = value;
  return { name: "Báo cáo", rows, merges: grid.merges };
}

describe("files saved by Excel, LibreOffice and WPS", () => {
  it.each<Layout>(["excel", "libreoffice", "wps"])(
    "a report laid out as %s reads the same as ours",
    async (layout) => {
      const ours = read(await clerkFills(FILLED));
      const theirs = read(
        packageOf(layout, [{ name: "Trang trước", rows: [["ghi chú"]] }, await clerkSheet()]),
      );
      expect(ours[0].errors).toEqual([]);
      expect(theirs.map((r) => ({ ...r, source: "" }))).toEqual(ours.map((r) => ({ ...r, source: "" })));
      expect(theirs[0].source).toBe("dv01.xlsx › Báo cáo");
    },
  );

  it.each<Layout>(["excel", "libreoffice", "wps"])(
    "%s: a cached error, a formula without its result and a merged input are named at their cell",
    async (layout) => {
      const sheet = await clerkSheet({ members: { error: "#DIV/0!" }, officers: { formula: true } });
      const employees = inputCell("employees");
      sheet.merges = [...sheet.merges, `C${employees.slice(1)}:${employees}`];
      const errors = read(packageOf(layout, [sheet]))[0].errors;
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: "excel_error", cell: inputCell("members") }),
          expect.objectContaining({ code: "formula_without_value", cell: inputCell("officers") }),
          expect.objectContaining({ code: "merged_input", cell: employees }),
        ]),
      );
      const divided = errors.find((e) => e.code === "excel_error")!;
      expect(divided.message.vi).toMatch(/#DIV\/0!/);
      expect(errors.find((e) => e.code === "formula_without_value")!.message.en).toMatch(/recalculate/);
    },
  );

  it("takes rich text's runs without their phonetic guide, booleans, inline text and a row without numbers", () => {
    const strings = `<sst><si><r><t>Trường </t></r><r><rPr><b/></rPr><t>THPT</t></r><rPh><t>ちょう</t></rPh></si><si><t><![CDATA[a<b]]></t></si></sst>`;
    const body =
      `<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="b"><v>1</v></c><c t="inlineStr"><is><t>Đ</t></is></c></row>` +
      `<row r="3"><c r="B3" t="str"><f>A1</f><v>x</v></c><c r="D3"><v>1.5</v></c></row>`;
    const zip = oneSheetZip(
      Buffer.from(`<worksheet><sheetData>${body}</sheetData></worksheet>`),
      Buffer.from(strings),
    );
    const [grid] = readGrids(zip, { allSheets: true });
    expect(grid.rows).toEqual([["Trường THPT", "a<b", true, "Đ"], [], [null, "x", null, 1.5]]);
  });
});

/** The pane's worker inflates with fflate, the command line with node:zlib: both are held to the same. */
const INFLATERS: [string, Inflater][] = [
  ["fflate (the pane)", fflateInflater],
  ["node:zlib (the command line)", nodeInflater],
];

describe("a file that is not read says why", () => {
  it.each(INFLATERS)(
    "%s: refuses a bomb whether its zip headers tell its size or lie about it",
    (_, inflater) => {
      const big = Buffer.concat([
        Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`),
        Buffer.alloc(8 * 2 ** 20, "a"),
      ]);
      const limits = { partBytes: 2 ** 20, ms: 600_000 };
      expect(refusal(oneSheetZip(big), limits, inflater).code).toBe("part_too_large");
      for (const declared of [1000, 2 ** 20 - 1])
        expect(refusal(oneSheetZip(big, undefined, false, declared), limits, inflater)).toMatchObject({
          code: "corrupt_xlsx",
          en: expect.stringMatching(/sheet1\.xml is larger than the zip's directory says/),
        });
    },
  );

  it("refuses a zip bomb while inflating it, and files past each limit, with the reason", async () => {
    // 8 MB of text in one cell, a few KB on disk (the bench refuses a 1 GB one at the default limits).
    const big = Buffer.concat([
      Buffer.from(`<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`),
      Buffer.alloc(8 * 2 ** 20, "a"),
    ]);
    const packed = oneSheetZip(big);
    expect(packed.length).toBeLessThan(100_000);
    // Refused for its size (the clock is a backstop, left out of the way on a busy test machine).
    expect(refusal(packed, { partBytes: 2 ** 20, ms: 600_000 })).toMatchObject({
      code: "part_too_large",
      en: expect.stringMatching(/xl\/worksheets\/sheet1\.xml inflates past 1 MB.*zip bomb/),
    });

    const report = await clerkFills(FILLED);
    expect(refusal(report, { fileBytes: 1000 }).code).toBe("file_too_large");
    expect(refusal(report, { totalBytes: 10_000 }).code).toBe("file_too_large");
    expect(refusal(report, { cells: 50 })).toMatchObject({ code: "too_many_cells", vi: /Trang “Báo cáo”/ });
    expect(refusal(report, { strings: 10 }).code).toBe("too_many_strings");
    expect(refusal(report, { ms: -1 }).code).toBe("too_slow");
    expect(read(report)[0].errors).toEqual([]);
  }, 60_000);

  it.each(INFLATERS)(
    "%s: refuses every damaged copy of a report with its reason, or reads it exactly, one byte flipped anywhere",
    async (_, inflater) => {
      const good = await clerkFills(FILLED);
      const expected = read(good);
      const random = prng(11);
      for (let i = 0; i < 2000; i++) {
        const bad = Uint8Array.from(good);
        const at = Math.floor(random() * bad.length);
        bad[at] ^= 1 << Math.floor(random() * 8);
        const reports = read(bad, {}, inflater);
        if (JSON.stringify(reports) === JSON.stringify(expected)) continue;
        // Never read as data: the copy is refused as a file, with its reason in both languages.
        expect(reports).toHaveLength(1);
        expect(reports[0].unitCode).toBeNull();
        expect(reports[0].errors[0]).toMatchObject({
          code: expect.any(String),
          message: { vi: expect.any(String), en: expect.any(String) },
        });
      }
    },
  );
});
