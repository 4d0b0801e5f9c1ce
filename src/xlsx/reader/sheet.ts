import type { RawCell } from "../../domain";
import { findMarker } from "../../reportSheet/read";
import { damaged, refusals } from "./limits";
import type { Package } from "./package";
import { ENOUGH, parsePart, UNWANTED } from "./xml";
import type { ZipEntry } from "./zip";

/** One worksheet as values, row by row from A1 (grid[0][0] is A1). */
export interface SheetGrid {
  name: string;
  rows: RawCell[][];
  /** Merged ranges, as "B12:D12". */
  merges: string[];
  /** The last row read; for a sheet read to its end, its last row. */
  lastRow: number;
  /** Rows past `maxRows` were not kept. */
  truncated: boolean;
  /** The sheet has no report marker near its top, so it was read no further. */
  skipped: boolean;
}

export interface SheetOptions {
  maxRows: number;
  /** Keep every sheet (up to maxRows), not only report sheets. */
  allSheets: boolean;
}

/** How far down a sheet the report marker may be (the reader of report sheets looks no further). */
export const MARKER_ROWS = 20;

const RANGE = /^[A-Z]+\d+(?::[A-Z]+\d+)?$/;

/** What a worksheet holds after its merged ranges, in the schema's order: nothing this reader needs. */
const AFTER_MERGES = new Set([
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** "AB12" → column 28 (1-based); 0 for no letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** The value of a cell from its type, its `<v>` and inline text, as the domain takes it. */
function cellValue(
  type: string,
  v: string | null,
  inline: string,
  formula: boolean,
  strings: () => readonly string[],
): RawCell {
  if (v === null) {
    if (type === "inlineStr") return inline;
    return formula ? { formula: true } : null;
  }
  switch (type) {
    case "s": {
      const s = strings()[Number(v)];
      if (s === undefined)
        throw damaged(`ô trỏ tới chuỗi ${v} không có`, `a cell points to missing string ${v}`);
      return s;
    }
    case "str":
    case "inlineStr":
      return v;
    case "b":
      return v === "1" || v === "true";
    case "e":
      return { error: v };
    case "d": {
      const date = new Date(v);
      return Number.isNaN(date.getTime()) ? v : date;
    }
    default:
      return v === "" ? null : Number(v);
  }
}

/**
 * Reads one worksheet part into a grid, streaming: a sheet with no report marker in its first rows is
 * read no further, and only `maxRows` rows are kept (the rest is counted, not held). What follows the
 * merged ranges (validation, conditional formats, page setup…) is not read. The shared strings are
 * asked for only when a cell refers to one.
 */
export function readSheet(
  pkg: Package,
  entry: ZipEntry,
  name: string,
  strings: () => readonly string[],
  options: SheetOptions,
): SheetGrid {
  const grid: SheetGrid = { name, rows: [], merges: [], lastRow: 0, truncated: false, skipped: false };
  const rows: RawCell[][] = [];
  const limit = pkg.budget.limits.cells;
  let kept = 0;
  let keep = true;
  let markerChecked = options.allSheets;
  let row = 0;
  let col = 0;
  let type = "n";
  let value: string | null = null;
  let inline = "";
  let formula = false;
  let into: "v" | "t" | null = null;
  let inInline = false;
  let phonetic = 0;
  let pastData = false;
  parsePart(pkg, entry, {
    open(tag, a) {
      if (pastData && AFTER_MERGES.has(tag)) throw ENOUGH;
      switch (tag) {
        case "c":
          col = a.r ? columnOf(a.r) : col + 1;
          type = a.t ?? "n";
          value = null;
          inline = "";
          formula = false;
          return;
        case "v":
          into = "v";
          value = "";
          return;
        case "f":
          formula = true;
          return;
        case "is":
          inInline = true;
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inInline && phonetic === 0) into = "t";
          return;
        case "row":
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          grid.lastRow = row;
          if (!markerChecked && row > MARKER_ROWS) {
            markerChecked = true;
            grid.skipped = !findMarker(rows);
            if (grid.skipped) throw UNWANTED;
          }
          if (keep && row > options.maxRows) {
            grid.truncated = true;
            keep = false;
          }
          return;
        case "mergeCell":
          if (RANGE.test(a.ref ?? "")) grid.merges.push(a.ref);
          return;
      }
    },
    close(tag) {
      if (tag === "c") {
        if (!keep || col < 1) return;
        const raw = cellValue(type, value, inline, formula, strings);
        if (raw === null) return;
        if (++kept > limit) throw refusals.tooManyCells(name, limit);
        (rows[row - 1] ??= [])[col - 1] = raw;
      } else if (tag === "v" || tag === "t") into = null;
      else if (tag === "is") inInline = false;
      else if (tag === "rPh") phonetic--;
      else if (tag === "sheetData") pastData = true;
      else if (tag === "mergeCells") throw ENOUGH;
    },
    text(t) {
      if (into === "v") value += t;
      else if (into === "t") inline += t;
    },
  });
  grid.rows = Array.from(rows, (r) => (r ? Array.from(r, (c) => c ?? null) : []));
  return grid;
}
