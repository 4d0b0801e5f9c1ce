import fc from "fast-check";
import JSZip from "jszip";
import { defaultFramework as fw } from "../../src/domain";
import { inputCell } from "../xlsx/clerk";

/** Text a hostile or careless clerk could put in a cell: controls, escapes, bidi marks, huge, formulas. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "\u001b[2J\u001b[31m",
    "\u009b2J",
    "DV\u200b01",
    "DV 01",
    "\u202eDV01",
    '=HYPERLINK("http://x","y")',
    "@SUM(1)",
    "99999999",
    "31/02/2025",
    "#DIV/0!",
    "1e309",
    "-0",
    "95%",
    "1.234,5",
  ),
  fc.integer({ min: 32_000, max: 40_000 }).map((n) => "Đ".repeat(n)),
);

// Characters XML 1.0 cannot hold are written as references: some parsers refuse them, which is a case too.
// eslint-disable-next-line no-control-regex -- the point is to find them
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const xmlEscape = (s: string) =>
  s
    .replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    .replace(NOT_IN_XML, (c) => `&#x${c.charCodeAt(0).toString(16)};`);

/** The XML of one cell holding a hostile value of some kind. */
const hostileCellXml: fc.Arbitrary<(ref: string) => string> = fc.oneof(
  hostileText.map((t) => (r: string) => `<c r="${r}" t="inlineStr"><is><t>${xmlEscape(t)}</t></is></c>`),
  fc.double().map((n) => (r: string) => `<c r="${r}"><v>${n}</v></c>`),
  fc
    .constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!")
    .map((e) => (r: string) => `<c r="${r}" t="e"><v>${e}</v></c>`),
  fc.constantFrom("1/0", "SUM(A:A)", "A1").map((f) => (r: string) => `<c r="${r}"><f>${f}</f></c>`),
  fc.constantFrom("0", "1", "2").map((b) => (r: string) => `<c r="${r}" t="b"><v>${b}</v></c>`),
  fc.constant((r: string) => `<c r="${r}" t="s"><v>999999</v></c>`), // a shared string that does not exist
);

/** What is done to a valid report to make a crafted one. */
export type Recipe =
  | { kind: "cells"; cells: [string, (ref: string) => string][] }
  | { kind: "drop_part"; part: string }
  | { kind: "merge_inputs" }
  | { kind: "bytes"; flips: [number, number][]; cut: number | null }
  | { kind: "json"; value: unknown }
  | { kind: "junk"; bytes: Uint8Array; header: "none" | "zip" | "cfb" };

const fieldIds = fw.fields.map((f) => f.id);

export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("cells" as const),
      cells: fc.array(fc.tuple(fc.constantFrom(...fieldIds), hostileCellXml), { minLength: 1, maxLength: 6 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("drop_part" as const),
      part: fc.constantFrom(
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "merge_inputs" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("bytes" as const),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat()),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("json" as const),
      value: fc.oneof(
        fc.jsonValue(),
        fc.record({
          unit: fc.record({ code: fc.oneof(hostileText, fc.jsonValue()), name: hostileText }),
          period: fc.record({
            kind: fc.constantFrom("Năm", "year", "h1", "x"),
            year: fc.oneof(fc.integer(), hostileText),
          }),
          report_date: fc.oneof(hostileText, fc.integer()),
          values: fc.dictionary(
            fc.oneof(fc.constantFrom(...fieldIds), fc.string()),
            fc.oneof(hostileText, fc.double(), fc.boolean(), fc.constant(null)),
          ),
        }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("junk" as const),
      bytes: fc.uint8Array({ maxLength: 2048 }),
      header: fc.constantFrom("none" as const, "zip" as const, "cfb" as const),
    }),
  },
);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A crafted report file from a valid one: its name's extension and its bytes. */
export async function craft(valid: Uint8Array, r: Recipe): Promise<{ ext: string; data: Uint8Array }> {
  switch (r.kind) {
    case "json":
      return { ext: "json", data: Buffer.from(JSON.stringify(r.value) ?? "") };
    case "junk": {
      const header = r.header === "zip" ? ZIP : r.header === "cfb" ? CFB : [];
      return { ext: "xlsx", data: new Uint8Array([...header, ...r.bytes]) };
    }
    case "bytes": {
      const data = Uint8Array.from(valid);
      for (const [at, value] of r.flips) data[at % data.length] = value;
      return { ext: "xlsx", data: r.cut === null ? data : data.subarray(0, r.cut % data.length) };
    }
  }
  const zip = await JSZip.loadAsync(valid);
  if (r.kind === "drop_part") zip.remove(r.part);
  else {
    let sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    if (r.kind === "merge_inputs") {
      const from = inputCell("members");
      sheet = sheet.replace(
        "</sheetData>",
        `</sheetData><mergeCells count="1"><mergeCell ref="${from}:${inputCell("officers")}"/></mergeCells>`,
      );
    } else {
      for (const [field, cell] of r.cells) {
        const ref = inputCell(field);
        sheet = sheet.replace(new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), cell(ref));
      }
    }
    zip.file("xl/worksheets/sheet1.xml", sheet);
  }
  return { ext: "xlsx", data: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) };
}
