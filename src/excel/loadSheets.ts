import { cellAddress, type RawCell } from "../domain";
import {
  bandsOf,
  CellSizeEstimate,
  jsonBytes,
  packBatches,
  PAYLOAD_BUDGET_BYTES,
  PAYLOAD_LIMIT_BYTES,
  splitBand,
  type Band,
  type Extent,
} from "./payload";
import type { SheetGrid } from "../sources";
import { failed } from "./newSheets";

/**
 * Bytes per cell assumed before any value is read: about three times what a report sheet answers, so
 * that the first batch, sized blind, is small enough whatever the sheets hold.
 */
const FIRST_GUESS_BYTES_PER_CELL = 32;

const PAYLOAD_ERRORS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

const isPayloadError = (error: unknown): boolean =>
  PAYLOAD_ERRORS.has((error as { code?: unknown } | null)?.code as string);

/**
 * Every sheet of the workbook with its used range's values, in sheet order, read in batches whose
 * response stays within `budget` bytes (UTF-8): the sheet names, then each used range's extent (a few
 * bytes per sheet), then the values in batches of whole sheets (a sheet too large for one batch in runs
 * of rows), each batch sized by the bytes per cell the previous ones answered. A batch Excel still
 * refuses for its size is read again in halves. Syncs: 2 + ⌈bytes read ÷ budget⌉ + about one (the first
 * batch is sized blind). With `mergedAreas` (ExcelApi 1.13), each used range's merged areas come with its
 * extent, in the same sync.
 */
export async function loadAllSheets(
  context: Excel.RequestContext,
  budget = PAYLOAD_BUDGET_BYTES,
  mergedAreas = false,
): Promise<SheetGrid[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync().catch(failed);
  const sheets = worksheets.items;
  const used = sheets.map((s) =>
    s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  const merged = mergedAreas ? used.map((u) => u.getMergedAreasOrNullObject().load("address")) : [];
  await context.sync().catch(failed);
  const extents: (Extent | null)[] = used.map((u) =>
    u.isNullObject
      ? null
      : { row: u.rowIndex, column: u.columnIndex, rows: u.rowCount, columns: u.columnCount },
  );

  const grids: RawCell[][][] = sheets.map(() => []);
  const estimate = new CellSizeEstimate(FIRST_GUESS_BYTES_PER_CELL);
  let pending = bandsOf(extents, estimate.bytesPerCell, budget);
  // After Excel refuses a batch, never more than half its bands at once.
  let most = Infinity;
  while (pending.length > 0) {
    const perCell = estimate.bytesPerCell;
    const [[, packed]] = packBatches(
      pending.map((b) => b.rows * b.columns * perCell),
      budget,
    );
    const end = Math.min(packed, most);
    const batch = pending.slice(0, end);
    const ranges = batch.map((band) =>
      bandRange(sheets[band.sheet], extents[band.sheet]!, band).load("values"),
    );
    const cells = batch.reduce((n, b) => n + b.rows * b.columns, 0);
    try {
      // One sync per batch: their number follows the bytes read, not the number of sheets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) failed(error);
      estimate.refused(cells, PAYLOAD_LIMIT_BYTES);
      const halves = batch.length === 1 ? splitBand(batch[0]) : batch;
      if (!halves) throw error;
      most = Math.ceil(batch.length / 2);
      pending = [...halves, ...pending.slice(end)];
      continue;
    }
    let bytes = 0;
    batch.forEach((band, i) => {
      const values = ranges[i].values as RawCell[][];
      bytes += jsonBytes(values);
      grids[band.sheet].push(...values);
    });
    estimate.observe(cells, bytes);
    pending = pending.slice(end);
  }

  return sheets.map((sheet, i) => ({
    name: sheet.name,
    rows: grids[i],
    origin: extents[i] ? { row: extents[i].row, col: extents[i].column } : { row: 0, col: 0 },
    ...(mergedAreas ? { merges: mergedAreasOf(merged[i]) } : {}),
  }));
}

function bandRange(sheet: Excel.Worksheet, extent: Extent, band: Band): Excel.Range {
  const top = extent.row + band.firstRow;
  const first = cellAddress(top, extent.column);
  const last = cellAddress(top + band.rows - 1, extent.column + extent.columns - 1);
  return sheet.getRange(`${first}:${last}`);
}

/** “'Báo cáo'!B12:D12,Sheet1!A1:B1” → ["B12:D12", "A1:B1"]: the sheet's own addresses, as the file reader gives them. */
function mergedAreasOf(areas: Excel.RangeAreas): string[] {
  if (areas.isNullObject) return [];
  return areas.address.split(",").map((a) => a.slice(a.lastIndexOf("!") + 1).replace(/\$/g, ""));
}
