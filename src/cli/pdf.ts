import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { saveFile } from "./save";
import { UserError } from "./userError";

const run = promisify(execFile);

const MISSING = new UserError(
  "Không tạo được PDF: chưa cài LibreOffice (lệnh soffice). Cài LibreOffice (https://www.libreoffice.org, trên Debian/Ubuntu: sudo apt-get install --no-install-recommends libreoffice-calc-nogui) rồi chạy lại; hoặc mở tệp .xlsx trong Excel và chọn Tệp › Lưu dưới dạng PDF.",
  "Cannot make the PDF: LibreOffice (the soffice command) is not installed. Install LibreOffice (https://www.libreoffice.org; on Debian/Ubuntu: sudo apt-get install --no-install-recommends libreoffice-calc-nogui) and run again, or open the .xlsx in Excel and use File › Save as PDF.",
);

/**
 * Prints a workbook to a PDF beside it (same name, .pdf) with LibreOffice, headless, in a profile of its
 * own (a running LibreOffice is not disturbed), into a temporary folder; the PDF is then saved whole or
 * not at all. Returns the PDF's path.
 */
export async function writePdf(workbook: string): Promise<string> {
  const target = workbook.replace(/\.xlsx$/i, "") + ".pdf";
  const work = await mkdtemp(path.join(os.tmpdir(), "chitieu-pdf-"));
  try {
    const profile = path.join(work, "profile");
    const out = path.join(work, "out");
    try {
      await run(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          out,
          workbook,
        ],
        { timeout: 180_000, env: process.env },
      );
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw MISSING;
      const why = (e as Error).message;
      throw new UserError(
        `LibreOffice không in được ra PDF: ${why}`,
        `LibreOffice could not print to PDF: ${why}`,
      );
    }
    const made = path.join(out, `${path.basename(workbook).replace(/\.[^.]*$/, "")}.pdf`);
    const bytes = await readFile(made).catch(() => {
      throw new UserError("LibreOffice không tạo ra tệp PDF", "LibreOffice made no PDF file");
    });
    await saveFile(target, bytes);
    return target;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
