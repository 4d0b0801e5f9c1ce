import { Budget, damaged, DEFAULT_LIMITS, refusals, type ReadLimits } from "./reader/limits";
import { entryOf, relationshipsOf, sharedStringsOf, sheetsOf, type Package } from "./reader/package";
import { readSheet, type SheetGrid } from "./reader/sheet";
import { fflateInflater, type Inflater } from "./reader/inflate";
import { listEntries } from "./reader/zip";

// No Node import here: the command line and the pane's worker read files with this same code.

export type { SheetGrid } from "./reader/sheet";
export { DEFAULT_LIMITS, FileRefused, type ReadLimits } from "./reader/limits";

export interface ReadOptions {
  /** Rows kept per report sheet; the rest is read past, never held. */
  maxRows?: number;
  /** Keep every sheet in full (up to maxRows), not only report sheets: for a registry workbook. */
  allSheets?: boolean;
  limits?: Partial<ReadLimits>;
  /** node:zlib on the command line; fflate (the default) in the pane's worker. */
  inflater?: Inflater;
}

export const MAX_ROWS = 5000;

/** Whether the bytes are a zip archive (every .xlsx is one). */
export function looksLikeZip(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && (data[2] === 3 || data[2] === 5);
}

/** Whether the bytes are an OLE2 compound file: an old binary Excel file (.xls), or an encrypted .xlsx. */
export function looksLikeXls(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

/**
 * Reads a workbook's sheets as grids of values, in tab order, from the zip held in memory (no temporary
 * file): the workbook and its relationships, then each worksheet as it inflates, the shared strings
 * once a cell refers to them. A sheet without a report marker near its top is read no further, and no
 * sheet keeps more than `maxRows` rows. Throws `FileRefused` with the reason for a file it will not read.
 */
export function readGrids(data: Uint8Array, options: ReadOptions = {}): SheetGrid[] {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (data.length > limits.fileBytes) throw refusals.fileTooBig(data.length, limits.fileBytes);
  const pkg: Package = {
    zip: data,
    entries: listEntries(data),
    budget: new Budget(limits),
    inflater: options.inflater ?? fflateInflater,
  };
  const root = [...relationshipsOf(pkg, "").values()].find((r) => r.kind === "officeDocument");
  const workbookPart = root?.target ?? "xl/workbook.xml";
  const workbook = entryOf(pkg, workbookPart);
  if (!workbook) throw refusals.noWorkbook();
  const rels = relationshipsOf(pkg, workbookPart);
  const sheets = sheetsOf(pkg, workbook);
  const stringsRel = [...rels.values()].find((r) => r.kind === "sharedStrings");
  const stringsEntry = stringsRel && entryOf(pkg, stringsRel.target);
  let shared: string[] | undefined;
  const strings = () => (shared ??= stringsEntry ? sharedStringsOf(pkg, stringsEntry) : []);
  const sheetOptions = { maxRows: options.maxRows ?? MAX_ROWS, allSheets: !!options.allSheets };
  const worksheets = sheets.flatMap((sheet) => {
    const rel = rels.get(sheet.relId);
    if (rel?.kind !== "worksheet") return [];
    const entry = entryOf(pkg, rel.target);
    if (!entry) throw damaged(`thiếu trang “${sheet.name}”`, `sheet “${sheet.name}” is missing`);
    return [{ name: sheet.name, entry }];
  });
  // Sheets are read in the order the zip holds them; the grids come back in tab order.
  const byOffset = [...worksheets].sort((a, b) => a.entry.offset - b.entry.offset);
  const grids = new Map(byOffset.map((w) => [w, readSheet(pkg, w.entry, w.name, strings, sheetOptions)]));
  return worksheets.map((w) => grids.get(w)!);
}
