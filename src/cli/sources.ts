import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { unreadableReport, type Framework, type RegistryUnit, type Report } from "../domain";
import { readRegistryFile, readReportFile } from "../xlsx";
import { readRegistryCsv, readReportJson } from "./inputs";
import { UserError } from "./userError";

const REPORT_EXTENSIONS = new Set([".xlsx", ".json"]);
/** Excel's lock file beside an open workbook (“~$báo cáo.xlsx”): never a report. */
const isLockFile = (file: string) => path.basename(file).startsWith("~$");

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) found.push(...(await walk(full)));
    else if (REPORT_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !isLockFile(e.name))
      found.push(full);
  }
  return found;
}

/** The report files named on the command line: files as given, folders searched for .xlsx and .json. */
export async function reportFiles(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info) {
      throw new UserError(`Không đọc được ${arg}: không tìm thấy tệp`, `Cannot read ${arg}: file not found`);
    }
    if (info.isDirectory()) files.push(...(await walk(arg)));
    else if (!isLockFile(arg)) files.push(arg);
  }
  return files;
}

/**
 * Reads one source into reports. A source that cannot be read becomes an excluded report carrying the
 * message, so that the rest is still merged.
 */
export async function readSource(fw: Framework, file: string): Promise<Report[]> {
  if (path.extname(file).toLowerCase() === ".json") {
    try {
      return [await readReportJson(fw, file)];
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const [vi, en = vi] = e.message.split("\n");
      return [unreadableReport(file, "unreadable_json", vi, en)];
    }
  }
  return readReportFile(fw, await readFile(file), file);
}

/** The registry: a CSV, or the first sheet of a workbook (code, name). */
export async function readRegistry(file: string): Promise<RegistryUnit[]> {
  if (path.extname(file).toLowerCase() !== ".xlsx") return readRegistryCsv(file);
  const data = await readFile(file).catch(() => {
    throw new UserError(`Không đọc được ${file}: không tìm thấy tệp`, `Cannot read ${file}: file not found`);
  });
  const units = await readRegistryFile(data).catch((e: Error) => {
    throw new UserError(`${file}: không đọc được (${e.message})`, `${file}: cannot be read (${e.message})`);
  });
  if (!units.length)
    throw new UserError(`${file}: danh sách đơn vị trống`, `${file}: the list of units is empty`);
  return units;
}
