import fc from "fast-check";
import { bandsOf, CellSizeEstimate, jsonBytes, packBatches, splitBand } from "../../src/excel/payload";

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("cutting work into batches by size", () => {
  it("keeps items in order, each batch within the budget, in at most ⌈total ÷ (budget − largest)⌉ batches", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 400 }),
        fc.integer({ min: 2_000, max: 20_000 }),
        (sizes, budget) => {
          const batches = packBatches(sizes, budget);
          expect(batches.flatMap(([s, e]) => Array.from({ length: e - s }, (_, i) => s + i))).toEqual(
            sizes.map((_, i) => i),
          );
          for (const [s, e] of batches) expect(sum(sizes.slice(s, e))).toBeLessThanOrEqual(budget);
          // A batch is closed only when the next item would not fit.
          for (const [s, e] of batches.slice(0, -1)) {
            expect(sum(sizes.slice(s, e)) + sizes[e]).toBeGreaterThan(budget);
          }
          const largest = Math.max(0, ...sizes);
          expect(batches.length).toBeLessThanOrEqual(Math.ceil(sum(sizes) / (budget - largest)));
        },
      ),
    );
  });

  it("costs an item as it opens a batch when it would cost more there (a row's formats at the top of a request)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 })), {
          maxLength: 300,
        }),
        fc.integer({ min: 2_000, max: 10_000 }),
        (items, budget) => {
          const sizes = items.map(([size]) => size);
          const opening = items.map(([size, extra]) => size + extra);
          const batches = packBatches(sizes, budget, opening);
          for (const [s, e] of batches) {
            expect(opening[s] + sum(sizes.slice(s + 1, e))).toBeLessThanOrEqual(budget);
          }
          for (const [s, e] of batches.slice(0, -1)) {
            expect(opening[s] + sum(sizes.slice(s + 1, e)) + sizes[e]).toBeGreaterThan(budget);
          }
          expect(batches.length).toBeLessThanOrEqual(
            Math.ceil(sum(opening) / (budget - Math.max(0, ...opening))),
          );
        },
      ),
    );
  });

  it("puts an item larger than the budget in a batch of its own", () => {
    expect(packBatches([10, 500, 10, 10], 100)).toEqual([
      [0, 1],
      [1, 2],
      [2, 4],
    ]);
    expect(packBatches([], 100)).toEqual([]);
  });
});

describe("reading sheets in bands of rows", () => {
  it("reads a sheet that fits in one band and cuts a larger one into runs of whole rows, skipping empty sheets", () => {
    const extents = [
      { row: 0, column: 0, rows: 80, columns: 9 },
      null,
      { row: 4, column: 2, rows: 100_000, columns: 10 },
    ];
    const bands = bandsOf(extents, 10, 1_000_000);
    expect(bands[0]).toEqual({ sheet: 0, firstRow: 0, rows: 80, columns: 9 });
    const big = bands.filter((b) => b.sheet === 2);
    expect(big).toHaveLength(Math.ceil((100_000 * 10 * 10) / 1_000_000));
    let next = 0;
    for (const band of big) {
      expect(band.firstRow).toBe(next);
      expect(band.rows * band.columns * 10).toBeLessThanOrEqual(1_000_000);
      next += band.rows;
    }
    expect(next).toBe(100_000);
    expect(bands.some((b) => b.sheet === 1)).toBe(false);
  });

  it("never cuts a row, even one wider than the budget", () => {
    expect(bandsOf([{ row: 0, column: 0, rows: 3, columns: 16_384 }], 100, 1_000)).toHaveLength(3);
    expect(splitBand({ sheet: 0, firstRow: 7, rows: 1, columns: 5 })).toBeNull();
    expect(splitBand({ sheet: 0, firstRow: 7, rows: 5, columns: 5 })).toEqual([
      { sheet: 0, firstRow: 7, rows: 2, columns: 5 },
      { sheet: 0, firstRow: 9, rows: 3, columns: 5 },
    ]);
  });
});

describe("measuring what Office.js carries", () => {
  it("counts the UTF-8 bytes of the JSON, as Excel does (Vietnamese text is bigger than its length)", () => {
    for (const value of [
      [["Trường THPT Số 1", "ĐV37", 12, true, null]],
      { text: "Đạt / Met 😀", n: -1.5 },
      "",
      [["\u0000\u007f\u0080\u07ff\u0800\uffff"]],
    ]) {
      expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), "utf8"));
    }
    expect(jsonBytes("Trường")).toBeGreaterThan(JSON.stringify("Trường").length);
  });

  it("learns bytes per cell from what was read, and never goes below what Excel refused", () => {
    const estimate = new CellSizeEstimate(32);
    expect(estimate.bytesPerCell).toBe(32);
    estimate.observe(1_000, 11_000);
    estimate.observe(3_000, 37_000);
    expect(estimate.bytesPerCell).toBe(12);
    estimate.refused(100_000, 5_000_000);
    expect(estimate.bytesPerCell).toBe(50);
  });
});
