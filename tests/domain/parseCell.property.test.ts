import fc from "fast-check";
import { parseCell, type RawCell } from "../../src/domain";
import { fw } from "./helpers";

/** Everything a cell adapter could hand over, and plenty it should not. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("95%", "1.234,5", "#N/A", "#DIV/0!", "31/02/2025", "Có", "Không", "   ", "\u00a0", "-0"),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1),
  fc.integer(),
  fc.date(),
  fc.constant(new Date(NaN)),
  fc.record({ error: fc.anything() }),
  fc.bigInt(),
  fc.constant(Symbol("cell")),
  fc.constant(() => 1),
);

describe("parseCell (property)", () => {
  it("never throws, for any field and any input, and answers a value or a complete error", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fw.fields), anyCell, (f, raw) => {
        const r = parseCell(fw, f, raw as RawCell);
        if (r.ok) {
          expect(r.value === null || ["string", "number", "boolean"].includes(typeof r.value)).toBe(true);
        } else {
          expect(r.error.code).toMatch(/^[a-z_]+$/);
          expect(r.error.field).toBe(f.id);
          expect(r.error.message.vi.length).toBeGreaterThan(0);
          expect(r.error.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads any whole count written the Vietnamese way back as itself", () => {
    const members = fw.fields.find((f) => f.id === "members")!;
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (n) => {
        const vn = n.toLocaleString("en-US").replace(/,/g, ".");
        expect(parseCell(fw, members, vn)).toEqual({ ok: true, value: n });
        expect(parseCell(fw, members, String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });
});
