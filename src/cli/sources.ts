import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import {
  reportFromJsonText,
  unreadableReport,
  type Framework,
  type RegistryUnit,
  type Report,
  type Text,
} from "../domain";
import { FileRefused } from "../xlsx/readGrids";
import { nodeInflater } from "../xlsx/reader/nodeInflater";
import { readRegistryFile, readReportFile } from "../xlsx/readReports";
import { notReadByName } from "./fileKinds";
import { fileErrorReason, NOT_REGULAR, readRegularFile } from "./files";
import { readRegistryCsv } from "./inputs";
import { UserError } from "./userError";

/** What a merge was given: the files it reads, and every other file or folder with why it is not read. */
export interface Listing {
  files: string[];
  /** Sources that give no report, for the consolidation to list as excluded. */
  notRead: Report[];
}

const LINK_TO_FOLDER: Text = {
  vi: "Lối tắt (liên kết) tới một thư mục: không đi theo",
  en: "A link to a folder: not followed",
};
const BROKEN_LINK: Text = {
  vi: "Lối tắt (liên kết) tới một tệp không còn tồn tại",
  en: "A link to a file that does not exist",
};

/** Files are inflated by node:zlib here (the pane's worker uses fflate). */
const NODE = { inflater: nodeInflater };

const skip = (listing: Listing, file: string, code: string, why: Text) =>
  listing.notRead.push(unreadableReport(file, code, why.vi, why.en));

function addFile(listing: Listing, file: string): void {
  const notRead = notReadByName(file);
  if (notRead) skip(listing, file, notRead.code, notRead.reason);
  else listing.files.push(file);
}

async function walk(folder: string, listing: Listing): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (e) {
    const problem = fileErrorReason(e);
    skip(listing, folder, problem.code, problem.reason);
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) await walk(full, listing);
    else if (e.isFile()) addFile(listing, full);
    else if (e.isSymbolicLink()) {
      const target = await stat(full).catch(() => null);
      if (!target) skip(listing, full, "broken_link", BROKEN_LINK);
      else if (target.isDirectory()) skip(listing, full, "link_to_folder", LINK_TO_FOLDER);
      else if (target.isFile()) addFile(listing, full);
      else skip(listing, full, "not_regular_file", NOT_REGULAR);
    } else skip(listing, full, "not_regular_file", NOT_REGULAR);
  }
}

/** A file named twice (on its own and in a folder) is one source. */
function once(listing: Listing): Listing {
  const seen = new Set<string>();
  const first = (file: string) => !seen.has(path.resolve(file)) && !!seen.add(path.resolve(file));
  return { files: listing.files.filter(first), notRead: listing.notRead.filter((r) => first(r.source)) };
}

/**
 * The files named on the command line, folders searched recursively. Only regular .xlsx and .json files
 * are read; every other file is listed with why. A path that does not exist is an error.
 */
export async function reportFiles(args: readonly string[]): Promise<Listing> {
  const listing: Listing = { files: [], notRead: [] };
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info) {
      throw new UserError(`Không đọc được ${arg}: không tìm thấy tệp`, `Cannot read ${arg}: file not found`);
    }
    if (info.isDirectory()) await walk(arg, listing);
    else if (info.isFile()) addFile(listing, arg);
    else skip(listing, arg, "not_regular_file", NOT_REGULAR);
  }
  return once(listing);
}

/**
 * Reads one source into reports. A source that cannot be read — gone since it was listed, replaced by a
 * pipe, unreadable — becomes an excluded report carrying the reason, so that the rest is still merged.
 */
export async function readSource(fw: Framework, file: string): Promise<Report[]> {
  let data: Buffer;
  try {
    data = await readRegularFile(file);
  } catch (e) {
    const problem = fileErrorReason(e);
    return [unreadableReport(file, problem.code, problem.reason.vi, problem.reason.en)];
  }
  if (path.extname(file).toLowerCase() !== ".json") return readReportFile(fw, data, file, NODE);
  return [reportFromJsonText(fw, data.toString("utf8"), file)];
}

/** The registry: a CSV, or the first sheet of a workbook (code, name). */
export async function readRegistry(file: string): Promise<RegistryUnit[]> {
  if (path.extname(file).toLowerCase() !== ".xlsx") return readRegistryCsv(file);
  const data = await readRegularFile(file).catch((e: unknown) => {
    const why = fileErrorReason(e).reason;
    throw new UserError(`${file}: ${why.vi}`, `${file}: ${why.en}`);
  });
  const units = await readRegistryFile(data, NODE).catch((e: unknown) => {
    if (!(e instanceof FileRefused)) throw e;
    throw new UserError(`${file}: ${e.text.vi}`, `${file}: ${e.text.en}`);
  });
  if (!units.length)
    throw new UserError(`${file}: danh sách đơn vị trống`, `${file}: the list of units is empty`);
  return units;
}
