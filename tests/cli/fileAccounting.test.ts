import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { readSource, reportFiles } from "../../src/cli/sources";
import { defaultFramework as fw } from "../../src/domain";
import { clerkFills, FILLED } from "../xlsx/clerk";
import { run, fixture } from "./runCli";

const mkfifo = (file: string) => expect(spawnSync("mkfifo", [file]).status).toBe(0);

interface Excluded {
  source: string;
  errors: { code: string; message: { vi: string; en: string } }[];
}
/** The excluded sources of a `merge --json`, as file name → error code. */
const excludedCodes = (out: string) =>
  Object.fromEntries(
    (JSON.parse(out).excluded as Excluded[]).map((e) => [path.basename(e.source), e.errors[0].code]),
  );

describe("every file of a merged folder is read or listed with why", () => {
  it("lists old, macro, OpenDocument, other files, lock files, pipes and links, reads the reports, and never hangs", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-every-file-"));
    mkdirSync(path.join(dir, "THPT"));
    copyFileSync(fixture("dv01.json"), path.join(dir, "dv01.json"));
    writeFileSync(path.join(dir, "THPT", "dv02.xlsx"), await clerkFills({ ...FILLED, unit_code: "DV02" }));
    writeFileSync(path.join(dir, "THPT", "~$dv02.xlsx"), "lock");
    copyFileSync(fixture("units-excel97.xls"), path.join(dir, "dv03.xls"));
    writeFileSync(path.join(dir, "dv04.xlsm"), "PK");
    writeFileSync(path.join(dir, "dv05.ods"), "PK");
    writeFileSync(path.join(dir, "ghi chu.txt"), "notes");
    mkfifo(path.join(dir, "pipe.json"));
    mkfifo(path.join(dir, "pipe.xlsx"));
    symlinkSync("/dev/zero", path.join(dir, "zero.xlsx"));
    symlinkSync(path.join(dir, "nowhere.xlsx"), path.join(dir, "gone.xlsx"));
    symlinkSync(os.tmpdir(), path.join(dir, "tmp"));

    const { code, out } = await run("merge", dir, "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out).units.map((u: { code: string }) => u.code)).toEqual(["DV01", "DV02"]);
    expect(excludedCodes(out)).toEqual({
      "~$dv02.xlsx": "lock_file",
      "dv03.xls": "xls_file",
      "dv04.xlsm": "macro_workbook",
      "dv05.ods": "ods_file",
      "ghi chu.txt": "not_a_report_file",
      "pipe.json": "not_regular_file",
      "pipe.xlsx": "not_regular_file",
      "zero.xlsx": "not_regular_file",
      "gone.xlsx": "broken_link",
      tmp: "link_to_folder",
    });
    const text = await run("merge", dir);
    expect(text.out).toMatch(
      /dv04\.xlsm[^\n]*\n {2}✗ Sổ tính có macro \(\.xlsm\): không đọc; hãy mở và lưu thành/,
    );
    expect(text.out).toMatch(
      /pipe\.json[^\n]*\n[^\n]*\n {4}Not a regular file \(a pipe, a device, a socket…\): not opened/,
    );
  }, 60_000);

  it("lists a pipe named on the command line without opening it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-pipe-"));
    mkfifo(path.join(dir, "dv09.xlsx"));
    const { code, out } = await run("merge", fixture("dv01.json"), path.join(dir, "dv09.xlsx"), "--json");
    expect(code).toBe(0);
    expect(excludedCodes(out)).toEqual({ "dv09.xlsx": "not_regular_file" });
  });

  it("lists a file that vanishes, or becomes a pipe, between listing and reading, with its reason", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-vanish-"));
    writeFileSync(path.join(dir, "dv01.xlsx"), await clerkFills(FILLED));
    writeFileSync(path.join(dir, "dv02.xlsx"), await clerkFills({ ...FILLED, unit_code: "DV02" }));
    copyFileSync(fixture("dv01.json"), path.join(dir, "dv03.json"));
    const listing = await reportFiles([dir]);
    expect(listing.files.map((f) => path.basename(f))).toEqual(["dv01.xlsx", "dv02.xlsx", "dv03.json"]);

    rmSync(path.join(dir, "dv01.xlsx"));
    renameSync(path.join(dir, "dv02.xlsx"), path.join(dir, "elsewhere"));
    mkfifo(path.join(dir, "dv02.xlsx"));
    rmSync(path.join(dir, "dv03.json"));
    const [gone, pipe, json] = await Promise.all(listing.files.map((f) => readSource(fw, f)));
    expect(gone[0].errors[0]).toMatchObject({
      code: "file_gone",
      message: { en: "The file is gone (removed or moved after it was listed)" },
    });
    expect(pipe[0].errors[0].code).toBe("not_regular_file");
    expect(json[0].errors[0].code).toBe("file_gone");
  }, 60_000);

  it("says a password-protected workbook is encrypted, not an Excel 97–2003 file, and still names a real .xls", async () => {
    const { code, out } = await run(
      "merge",
      fixture("dv01.json"),
      fixture("dv01-password.xlsx"),
      fixture("units-excel97.xls"),
      "--json",
    );
    expect(code).toBe(0);
    const excluded = JSON.parse(out).excluded as Excluded[];
    const encrypted = excluded.find((e) => e.source.endsWith("dv01-password.xlsx"))!;
    expect(encrypted.errors[0].code).toBe("encrypted_workbook");
    expect(encrypted.errors[0].message.en).toMatch(/protected with a password/);
    expect(encrypted.errors[0].message.vi).not.toMatch(/97–2003/);
    expect(excluded.find((e) => e.source.endsWith(".xls"))!.errors[0].code).toBe("xls_file");
  });

  it("reads valid reports when the temporary folder cannot be written to (full or missing)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-no-tmp-"));
    writeFileSync(path.join(dir, "dv01.xlsx"), await clerkFills(FILLED));
    writeFileSync(path.join(dir, "dv02.xlsx"), await clerkFills({ ...FILLED, unit_code: "DV02" }));
    const bin = path.join(__dirname, "../../bin/chitieu.js");
    const result = spawnSync(
      process.execPath,
      [bin, "merge", dir, "--json", "-o", path.join(dir, "th.xlsx")],
      {
        encoding: "utf8",
        env: { ...process.env, TMPDIR: path.join(dir, "no such folder") },
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const c = JSON.parse(result.stdout);
    expect(c.units.map((u: { code: string }) => u.code)).toEqual(["DV01", "DV02"]);
    expect(c.excluded).toEqual([]);
  }, 60_000);
});
