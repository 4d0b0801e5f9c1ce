import type { Framework, RegistryUnit, Report } from "../domain";
import { readWorkbooks, reportsOf, unitListOf, type WorkbookGrids } from "../sources";
import {
  FileRefused,
  looksLikeXls,
  looksLikeZip,
  MAX_ROWS,
  readGrids,
  type ReadOptions,
  type SheetGrid,
} from "./readGrids";
import { isEncryptedOfficeFile } from "./compoundFile";
import { refusals } from "./reader/limits";

// No Node import here: the command line and the pane's worker both read report files through this.

const toBytes = (data: Uint8Array | ArrayBuffer) =>
  data instanceof Uint8Array ? data : new Uint8Array(data);

/** The grids of a file, or why it is not read (a value, never thrown). */
function gridsOrRefusal(bytes: Uint8Array, options?: ReadOptions): SheetGrid[] | FileRefused {
  if (looksLikeXls(bytes)) return isEncryptedOfficeFile(bytes) ? refusals.encrypted() : refusals.xls();
  if (!looksLikeZip(bytes)) return bytes.length ? refusals.notXlsx() : refusals.empty();
  try {
    return readGrids(bytes, options);
  } catch (e) {
    if (e instanceof FileRefused) return e;
    // A crafted package can trip the reader anywhere (a header pointing past the end…): still a named error.
    const why = e instanceof Error ? e.message : String(e);
    return new FileRefused("corrupt_xlsx", {
      vi: `Tệp .xlsx bị hỏng, không đọc được (${why})`,
      en: `The .xlsx file is damaged and cannot be read (${why})`,
    });
  }
}

/** A file's sheets as the plain grids the one reader takes, or why the file could not be opened. */
export function workbookGrids(
  data: Uint8Array | ArrayBuffer,
  file: string,
  options?: ReadOptions,
): WorkbookGrids {
  const grids = gridsOrRefusal(toBytes(data), options);
  if (grids instanceof FileRefused)
    return { file, sheets: [], failure: { code: grids.code, text: grids.text } };
  const keptRows = options?.maxRows ?? MAX_ROWS;
  return {
    file,
    sheets: grids.map((g) => ({
      name: g.name,
      rows: g.rows,
      merges: g.merges,
      ...(g.truncated ? { truncated: { keptRows, lastRow: g.lastRow } } : {}),
    })),
  };
}

/**
 * Reads every report sheet of an .xlsx file (by its keys, wherever rows moved or the sheet was renamed).
 * Never throws: a file that cannot be read, or holds no report, gives one report carrying the reason,
 * which the consolidation lists as excluded. Sources are named `file.xlsx › Sheet`.
 */
export function readReportFile(
  fw: Framework,
  data: Uint8Array | ArrayBuffer,
  fileName: string,
  options?: ReadOptions,
): Report[] {
  return reportsOf(readWorkbooks(fw, [workbookGrids(data, fileName, options)]));
}

/** The registry of expected units from a workbook: its unit-list sheet, or code and name in its first sheet. */
export async function readRegistryFile(
  data: Uint8Array | ArrayBuffer,
  options?: ReadOptions,
): Promise<RegistryUnit[]> {
  const grids = gridsOrRefusal(toBytes(data), { ...options, allSheets: true });
  if (grids instanceof FileRefused) throw grids;
  return unitListOf(grids.map((g) => ({ name: g.name, rows: g.rows })));
}
