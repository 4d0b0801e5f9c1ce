import { packBatches } from "./payload";
import { gridRowBytes, gridWidth, writeGrid, type GridCell } from "./writeGrid";

/**
 * Queues a grid from A1 in bands of whole rows whose request is at most `budget` bytes, calling `sync`
 * after each band but the last, which stays queued for the caller's own sync (with the commands that
 * complete the operation). However large the grid, each request stays within the budget: one sync per
 * band, ⌈request bytes ÷ (budget − largest row)⌉ bands at most (a row's formats costed as at the top of
 * a request).
 */
export async function writeGridInBatches(
  sheet: Excel.Worksheet,
  rows: readonly (readonly GridCell[])[],
  budget: number,
  sync: () => Promise<void>,
): Promise<void> {
  const width = gridWidth(rows);
  const bands = packBatches(
    rows.map((r, i) => gridRowBytes(r, width, rows[i - 1])),
    budget,
    rows.map((r) => gridRowBytes(r, width)),
  );
  for (const [i, [start, end]] of bands.entries()) {
    writeGrid(sheet, rows.slice(start, end), start, width);
    if (i < bands.length - 1) await sync();
  }
}
