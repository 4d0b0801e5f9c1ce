/**
 * How much one request or one response to Excel may carry, and how work is cut to fit. Pure: sizes in,
 * batches out; the Office.js adapters measure and queue.
 */

/** Excel on the web refuses a request, or a response, over 5 MB (UTF-8 bytes). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one batch's measured data aims at. The measure is the data itself (values, formats, one
 * allowance per command); Office.js wraps it in an envelope, and a read's size is estimated before it is
 * known, so a batch aims at 3 MB for none to pass 4 MB.
 */
export const PAYLOAD_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * What Office.js sends, besides the data, to reach a range of its own (the range's path with its
 * address) and for each property set on it (the format, font or fill path and the action): about 450
 * and 250 bytes on Microsoft's client, with a margin.
 */
export const RANGE_BYTES = 600;
export const PROPERTY_BYTES = 300;

/** UTF-8 bytes of a value's JSON, as Office.js sends or receives it (counted, not encoded). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Two and three bytes for one UTF-16 unit; a surrogate pair (two units) is four bytes.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 1 : 2;
  }
  return bytes;
}

/**
 * Cuts items, in order, into consecutive batches whose sizes add up to at most `budget`; an item larger
 * than the budget makes a batch alone. An item may cost more when it opens a batch (`openingSizes`: a
 * row whose formats continue those of the row above costs less, but not at the top of a request).
 * Returns each batch's [start, end) indexes.
 */
export function packBatches(
  sizes: readonly number[],
  budget: number,
  openingSizes: readonly number[] = sizes,
): Array<[number, number]> {
  const batches: Array<[number, number]> = [];
  let start = 0;
  let total = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && total + sizes[i] > budget) {
      batches.push([start, i]);
      start = i;
    }
    total = i === start ? openingSizes[i] : total + sizes[i];
  }
  if (sizes.length > start) batches.push([start, sizes.length]);
  return batches;
}

/** A sheet's used range: where it starts and how many rows and columns it holds. */
export interface Extent {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Rows [firstRow, firstRow + rows) of one sheet's used range, read in one load. */
export interface Band {
  sheet: number;
  firstRow: number;
  rows: number;
  columns: number;
}

/**
 * Every sheet's used range as bands of whole rows, each estimated at most `budget` bytes at
 * `bytesPerCell` (a sheet that fits is one band; a larger one is cut into runs of rows; a single row is
 * never cut). Empty sheets have no band.
 */
export function bandsOf(extents: readonly (Extent | null)[], bytesPerCell: number, budget: number): Band[] {
  const bands: Band[] = [];
  extents.forEach((extent, sheet) => {
    if (!extent || extent.rows === 0 || extent.columns === 0) return;
    const rowsPerBand = Math.max(1, Math.floor(budget / (extent.columns * bytesPerCell)));
    for (let firstRow = 0; firstRow < extent.rows; firstRow += rowsPerBand) {
      bands.push({
        sheet,
        firstRow,
        rows: Math.min(rowsPerBand, extent.rows - firstRow),
        columns: extent.columns,
      });
    }
  });
  return bands;
}

/** Halves a band that did not fit after all (a single row cannot be cut: null). */
export function splitBand(band: Band): [Band, Band] | null {
  if (band.rows < 2) return null;
  const half = Math.floor(band.rows / 2);
  return [
    { ...band, rows: half },
    { ...band, firstRow: band.firstRow + half, rows: band.rows - half },
  ];
}

/**
 * Learns the bytes per cell of what Excel returns from the bands read so far, to size the next batch.
 * Before anything is read it assumes `initial`, deliberately generous, so that the first batch is small.
 */
export class CellSizeEstimate {
  private cells = 0;
  private bytes = 0;
  private floor = 0;

  constructor(private readonly initial: number) {}

  get bytesPerCell(): number {
    return this.cells === 0 ? this.initial : Math.max(this.floor, this.bytes / this.cells);
  }

  /** A batch of `cells` cells answered with `bytes` bytes. */
  observe(cells: number, bytes: number): void {
    this.cells += cells;
    this.bytes += bytes;
  }

  /** A batch of `cells` cells was refused for answering more than `limit` bytes. */
  refused(cells: number, limit: number): void {
    this.floor = Math.max(this.floor, limit / cells);
  }
}
