import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fixture, run } from "./runCli";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

describe("a unit list the reader refuses", () => {
  it.each([
    ["an old .xls saved as .xlsx", OLE2, "Tệp Excel 97–2003 (.xls)", "An Excel 97–2003 file (.xls)"],
    ["not a workbook", Buffer.from("hello"), "Không phải tệp Excel .xlsx", "Not an Excel .xlsx file"],
  ])("names the file and says why, once in each language: %s", async (_, bytes, vi, en) => {
    const list = path.join(mkdtempSync(path.join(os.tmpdir(), "chitieu-ds-")), "ds.xlsx");
    writeFileSync(list, bytes);
    const { code, err } = await run("merge", fixture("dv03-h1.json"), "--registry", list);
    expect(code).toBe(1);
    const lines = err.split("\n");
    const viLine = lines.find((l) => l.includes(vi));
    const enLine = lines.find((l) => l.includes(en));
    expect(viLine).toContain("ds.xlsx");
    expect(enLine).toContain("ds.xlsx");
    expect(viLine).not.toBe(enLine);
  });
});
