import { invalidValue } from "./excelError";
import type { Language } from "../shared/language";

/** A range as Excel hands it to a function declared with `any[][]`: rows of cells. */
export type Grid = readonly (readonly unknown[])[];

const ONE_EMPTY: Grid = [[null]];

/** An omitted optional argument is one empty cell; a lone value (a direct call) is a 1×1 range. */
export function gridOf(arg: unknown): Grid {
  if (arg === undefined || arg === null) return ONE_EMPTY;
  if (Array.isArray(arg) && arg.every(Array.isArray)) return arg.length ? (arg as Grid) : ONE_EMPTY;
  return [[arg]];
}

function sizeText(g: Grid): string {
  return `${g.length}×${g[0]?.length ?? 0}`;
}

/**
 * Applies `each` cell by cell across ranges of the same size, a single cell standing for every cell
 * (so `=CHITIEU.STATUS("2.5"; C2:C301; D2:D301)` gives a column of 300 results). Ranges of
 * different sizes are a #VALUE! for the whole formula: pairing them would give wrong rows.
 */
export function mapCells<T>(args: readonly unknown[], lang: Language, each: (cells: unknown[]) => T): T[][] {
  const grids = args.map(gridOf);
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.length);
    cols = Math.max(cols, g[0]?.length ?? 1);
  }
  for (const g of grids) {
    const ok = (g.length === 1 || g.length === rows) && g.every((r) => r.length === 1 || r.length === cols);
    if (!ok) {
      const sizes = grids.map(sizeText).join(", ");
      throw invalidValue(
        {
          vi: `Các vùng ô phải cùng kích thước hoặc chỉ một ô (đang có ${sizes})`,
          en: `The ranges must have the same size, or be a single cell (got ${sizes})`,
        },
        lang,
      );
    }
  }
  const out: T[][] = new Array(rows);
  const cells: unknown[] = new Array(grids.length);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < grids.length; i++) {
      const row = grids[i].length === 1 ? grids[i][0] : grids[i][r];
      cells[i] = row[0];
    }
    if (cols === 1) {
      out[r] = [each(cells)]; // a column, the common case: one small packed array per row
      continue;
    }
    const line: T[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < grids.length; i++) {
        const row = grids[i].length === 1 ? grids[i][0] : grids[i][r];
        cells[i] = row.length === 1 ? row[0] : row[c];
      }
      line[c] = each(cells);
    }
    out[r] = line;
  }
  return out;
}
