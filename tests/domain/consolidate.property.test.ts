import fc from "fast-check";
import { consolidate, parseReport, type Period, type RawCell } from "../../src/domain";
import { fw, rawReport } from "./helpers";

/**
 * Few codes, dates, sources, periods and values, so that duplicates, exact ties, other periods and
 * reports differing only in their errors are all common.
 */
const rawCells: fc.Arbitrary<Record<string, RawCell>> = fc.record({
  unit_code: fc.constantFrom("U001", "u001", "U002", "U003", null),
  period_kind: fc.constantFrom("Năm", "6 tháng"),
  year: fc.constantFrom(2024, 2025),
  report_date: fc.constantFrom("01/12/2025", "15/12/2025", null),
  members: fc.constantFrom(40, 30, "95%", "abc", -1),
  conference_held: fc.constantFrom("Có", "Không"),
  self_rating: fc.constantFrom("xuất sắc", "tốt", "không hoàn thành", "Khá"),
  complaints_received: fc.constantFrom(0, 2),
  party_candidate_source: fc.constantFrom("Có", null),
});

const reportArb = fc
  .tuple(rawCells, fc.constantFrom("a.xlsx", "b.xlsx"))
  .map(([cells, source]) => parseReport(fw, rawReport(cells), source));

const options: fc.Arbitrary<{ period?: Period; registry?: { code: string; name: string }[] }> = fc.record(
  {
    period: fc.constantFrom<Period>({ kind: "year", year: 2025 }, { kind: "h1", year: 2024 }),
    registry: fc.constantFrom(
      [
        { code: "U001", name: "A" },
        { code: "U005", name: "E" },
      ],
      [],
    ),
  },
  { requiredKeys: [] },
);

describe("consolidate (property)", () => {
  it("gives the same result for any order of the same reports", () => {
    fc.assert(
      fc.property(
        fc
          .array(reportArb, { maxLength: 25 })
          .chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
        options,
        ([reports, shuffled], opts) => {
          expect(consolidate(fw, shuffled, opts)).toEqual(consolidate(fw, reports, opts));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("accounts for every report exactly once: a unit row, a dropped duplicate or an exclusion", () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 30, size: "max" }), options, (reports, opts) => {
        const c = consolidate(fw, reports, opts);
        const dropped = c.duplicates.reduce((n, d) => n + d.dropped.length, 0);
        expect(c.units.length + dropped + c.excluded.length).toBe(reports.length);
        for (const t of c.province.targets) expect(t.decided + t.na + t.missing).toBe(c.units.length);
      }),
      { numRuns: 300 },
    );
  });
});
