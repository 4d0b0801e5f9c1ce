import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";

/** LibreOffice recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0 = always). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function soffice(file: string, convertTo: string, options: { recalculate: boolean }): string {
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (which.status !== 0) {
    throw new Error(
      "LibreOffice (soffice) không có: apt-get install -y --no-install-recommends libreoffice-calc-nogui\n" +
        "LibreOffice (soffice) is missing: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  if (options.recalculate) {
    mkdirSync(path.join(profile, "user"), { recursive: true });
    writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  const out = mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const run = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      convertTo,
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
  return out;
}

/** The first sheet of an .xlsx as LibreOffice shows it, as CSV rows. Fails (never skips) without soffice. */
export function libreOfficeCsv(file: string, options: { recalculate: boolean }): string[][] {
  const out = soffice(file, "csv:Text - txt - csv (StarCalc):44,34,76,1", options);
  const csv = path.join(out, `${path.basename(file, ".xlsx")}.csv`);
  return parse(readFileSync(csv, "utf8"), { relax_column_count: true });
}

/** An .xlsx opened in LibreOffice (formulas recalculated) and saved again as .xlsx, as its bytes. */
export function libreOfficeResaved(file: string): Buffer {
  const out = soffice(file, "xlsx:Calc MS Excel 2007 XML", { recalculate: true });
  return readFileSync(path.join(out, path.basename(file)));
}

/** An .xlsx printed to PDF by LibreOffice (formulas recalculated), as the PDF's path. */
export function libreOfficePdf(file: string): string {
  const out = soffice(file, "pdf", { recalculate: true });
  return path.join(out, `${path.basename(file, ".xlsx")}.pdf`);
}
