import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { clerkFills, FILLED } from "../xlsx/clerk";
import { run, fixture } from "./runCli";

const bin = path.join(__dirname, "../../bin/chitieu.js");

describe("chitieu writes a file whole or not at all", () => {
  it("leaves the previous consolidated file intact, and no temporary file, when killed half-way through writing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-killed-"));
    // 3,000 units in the list make a consolidated workbook of ~60 KB; the shell lets a file grow to
    // 32 KB, then the system stops the command (SIGXFSZ) in the middle of the write.
    const units = Array.from({ length: 3000 }, (_, i) => `U${i},Đơn vị số ${i} có tên khá dài`).join("\n");
    writeFileSync(path.join(dir, "units.csv"), `code,name\n${units}\n`);
    const previous = path.join(dir, "tonghop.xlsx");
    copyFileSync(fixture("dv01-password.xlsx"), previous);
    const before = readFileSync(previous);
    const args = [
      bin,
      "merge",
      fixture("dv01.json"),
      "--registry",
      path.join(dir, "units.csv"),
      "-o",
      previous,
    ];
    const result = spawnSync("bash", ["-c", 'ulimit -f 32; exec "$0" "$@"', process.execPath, ...args]);
    expect(result.signal).toBe("SIGXFSZ");
    expect(readFileSync(previous).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["tonghop.xlsx", "units.csv"]);
  }, 60_000);

  it("says why a write failed, without a stack trace, and leaves what was there", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-cannot-write-"));
    const folder = path.join(dir, "tonghop.xlsx");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "keep.txt"), "kept");
    const { code, err } = await run("merge", fixture("dv01.json"), "-o", folder);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^Không ghi được .*tonghop\.xlsx: .*\(tệp cũ, nếu có, vẫn nguyên vẹn\)\nCannot write /,
    );
    expect(err).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual(["tonghop.xlsx"]);
    expect(readFileSync(path.join(folder, "keep.txt"), "utf8")).toBe("kept");
    // The workbook writer (exceljs) is loaded by the first write, here: slow on a busy machine.
  }, 60_000);

  it("replaces an earlier output found in the merged folder and lists it as such", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-rerun-"));
    copyFileSync(fixture("dv01.json"), path.join(dir, "dv01.json"));
    const output = path.join(dir, "tonghop.xlsx");
    expect((await run("merge", dir, "-o", output)).code).toBe(0);
    const again = await run("merge", dir, "-o", output, "--json");
    expect(again.code).toBe(0);
    const excluded = JSON.parse(again.out).excluded;
    expect(excluded).toMatchObject([{ source: output, errors: [{ code: "previous_output" }] }]);
    expect(readdirSync(dir).sort()).toEqual(["dv01.json", "tonghop.xlsx"]);
  });

  it("refuses an -o that is one of the sources, by any path to it, and leaves the source as it was", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-own-source-"));
    const dv01 = path.join(dir, "dv01.xlsx");
    writeFileSync(dv01, await clerkFills(FILLED));
    const dv02 = path.join(dir, "dv02.json");
    copyFileSync(fixture("dv02.json"), dv02);
    linkSync(dv01, path.join(dir, "copy-of-dv01.xlsx"));
    const before = readFileSync(dv01);
    for (const [sources, output] of [
      [[dv01, dv02], dv01],
      [[dv01, dv02], path.join(dir, "..", path.basename(dir), "dv01.xlsx")],
      [[dv01], path.join(dir, "copy-of-dv01.xlsx")],
      [[dir], dv01],
      [[dv02], dv02],
    ] as const) {
      const { code, err } = await run("merge", ...sources, "-o", output);
      expect(code).toBe(1);
      expect(err).toMatch(/hãy chọn tên tệp khác/);
      expect(err).toMatch(/a source is never overwritten/);
    }
    expect(readFileSync(dv01).equals(before)).toBe(true);
    expect(readFileSync(dv02, "utf8")).toBe(readFileSync(fixture("dv02.json"), "utf8"));
    const registry = await run("merge", dv02, "--registry", fixture("units.csv"), "-o", fixture("units.csv"));
    expect(registry.err).toMatch(/is the unit list/);
    const template = await run("template", "--data", dv02, "-o", dv02);
    expect(template.code).toBe(1);
    expect(template.err).toMatch(/is the --data file/);
  }, 60_000);
});
