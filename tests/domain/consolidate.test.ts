import { consolidate, parseReport, type Consolidation, type RawCell, type Report } from "../../src/domain";
import { fw, rawReport, report } from "./helpers";

const code = (i: number) => `U${String(i + 1).padStart(3, "0")}`;

/** n yearly reports of units that meet everything, with `cells(i)` overriding unit i's cells. */
function units(n: number, cells: (i: number) => Record<string, RawCell> = () => ({})): Report[] {
  return Array.from({ length: n }, (_, i) => report({ unit_code: code(i), ...cells(i) }, `${code(i)}.xlsx`));
}

const province = (c: Consolidation, targetCode: string) =>
  c.province.targets.find((t) => t.code === targetCode)!;
const outcome = (c: Consolidation, targetCode: string) => {
  const t = province(c, targetCode);
  return [t.status, t.actual];
};

describe("consolidate: the province's shares of units", () => {
  /** [target, units, cells of unit i, expected status, expected actual]. A case is a row. */
  const SHARES: [string, number, (i: number) => Record<string, RawCell>, string, number][] = [
    ["2.3a", 10, (i) => ({ self_rating: i < 9 ? "tốt" : "hoàn thành" }), "not_met", 90], // exactly 90%: not “trên”
    ["2.3a", 100, (i) => ({ self_rating: i < 91 ? "tốt" : "hoàn thành" }), "met", 91],
    ["2.3a", 11, (i) => ({ self_rating: i < 10 ? "tốt" : "hoàn thành" }), "met", 90.91],
    ["2.3a", 10, (i) => ({ self_rating: i < 8 ? "tốt" : i < 9 ? "xuất sắc" : "hoàn thành" }), "not_met", 90],
    ["2.3a", 10, (i) => ({ self_rating: i < 5 ? "tốt" : "xuất sắc" }), "met", 100], // excellent counts as good
    ["2.3b", 10, (i) => ({ self_rating: i < 2 ? "xuất sắc" : "tốt" }), "met", 20], // exactly 20%
    ["2.3b", 10, (i) => ({ self_rating: i < 1 ? "xuất sắc" : "tốt" }), "not_met", 10],
    ["2.3b", 11, (i) => ({ self_rating: i < 2 ? "xuất sắc" : "tốt" }), "not_met", 18.18],
    ["2.3b", 5, (i) => ({ self_rating: i < 1 ? "xuất sắc" : "tốt" }), "met", 20],
    ["2.12b", 20, (i) => ({ culture_recognized: i < 19 ? "có" : "không" }), "met", 95], // exactly 95%
    ["2.12b", 19, (i) => ({ culture_recognized: i < 18 ? "có" : "không" }), "not_met", 94.74],
    ["2.12b", 100, (i) => ({ culture_recognized: i < 94 ? "có" : "không" }), "not_met", 94],
    ["2.1a", 50, (i) => ({ study_coordinated: i < 49 ? "có" : "không" }), "not_met", 98],
    ["2.1a", 50, () => ({}), "met", 100],
    ["2.5", 3, (i) => ({ members_with_initiatives: i ? 6 : 5 }), "not_met", 66.67], // one unit at 12.5%
    [
      "2.6a",
      4,
      (i) => ({ women_committee_required: i ? "có" : "không", women_committee_established: "không" }),
      "not_met",
      0,
    ],
    [
      "2.6a",
      4,
      (i) => (i ? {} : { women_committee_required: "không", women_committee_established: "không" }),
      "met",
      100,
    ],
    ["2.7", 3, (i) => (i ? {} : { party_candidate_source: "không", party_introduced: 0 }), "met", 100],
  ];

  it.each(SHARES)("%s over %d units: case %#", (target, n, cells, status, actual) => {
    expect(outcome(consolidate(fw, units(n, cells)), target)).toEqual([status, actual]);
  });

  it("counts units that are not applicable apart, out of the share", () => {
    const t = province(
      consolidate(
        fw,
        units(4, (i) =>
          i ? {} : { women_committee_required: "không", women_committee_established: "không" },
        ),
      ),
      "2.6a",
    );
    expect(t).toMatchObject({ decided: 3, met: 3, na: 1, missing: 0, threshold: 100, comparator: "gte" });
  });

  it("is not applicable when no unit is concerned, missing when none answered", () => {
    const none = consolidate(
      fw,
      units(3, () => ({ complaints_received: 0, complaints_resolved: 0 })),
    );
    expect(outcome(none, "2.9")).toEqual(["na", null]);
    const unanswered = consolidate(
      fw,
      units(3, () => ({ culture_recognized: null })),
    );
    expect(outcome(unanswered, "2.12b")).toEqual(["missing", null]);
    expect(province(unanswered, "2.12b").missing).toBe(3);
  });
});

describe("consolidate: no unit not completed (2.3c)", () => {
  it("is not met by a single unit rated not completed, counting the units", () => {
    const c = consolidate(
      fw,
      units(30, (i) => ({ self_rating: i === 7 ? "Không hoàn thành nhiệm vụ" : "tốt" })),
    );
    expect(province(c, "2.3c")).toMatchObject({ status: "not_met", actual: 1, unit: "count", threshold: 0 });
  });

  it("is met with none, whatever the other ratings", () => {
    const c = consolidate(
      fw,
      units(4, (i) => ({ self_rating: ["xuất sắc", "tốt", "hoàn thành", "tốt"][i] })),
    );
    expect(outcome(c, "2.3c")).toEqual(["met", 0]);
  });
});

describe("consolidate: pooled rates sum numerators and denominators", () => {
  it.each([
    // [target, cells of unit 0, cells of unit 1, status, actual]
    ["2.1b", { members_studied: 40 }, { members_studied: 20 }, "not_met", 75],
    ["2.1b", { members_studied: 40 }, { members_studied: 40 }, "met", 100],
    ["2.3d", {}, { employees: 50, eligible: 50 }, "not_met", 88.89],
    [
      "2.8",
      { officers_trained_term: 3, officers: 3 },
      { officers_trained_term: 1, officers: 2 },
      "pending",
      80,
    ],
    [
      "2.9",
      { complaints_resolved: 3, complaints_received: 3 },
      { complaints_received: 0, complaints_resolved: 0 },
      "met",
      100,
    ],
    [
      "2.9",
      { complaints_resolved: 2, complaints_received: 3 },
      { complaints_resolved: 5, complaints_received: 5 },
      "not_met",
      87.5,
    ],
  ] as [string, Record<string, RawCell>, Record<string, RawCell>, string, number][])(
    "%s: %j + %j",
    (target, a, b, status, actual) => {
      const c = consolidate(
        fw,
        units(2, (i) => (i ? b : a)),
      );
      expect(outcome(c, target)).toEqual([status, actual]);
    },
  );

  it("judges a term target at the end-of-term review", () => {
    const cells = (i: number) => ({
      period_kind: "Tổng kết nhiệm kỳ",
      officers_trained_term: i ? 1 : 3,
      officers: i ? 2 : 3,
    });
    expect(outcome(consolidate(fw, units(2, cells)), "2.8")).toEqual(["not_met", 80]);
  });

  it("leaves a yearly target pending in a 6-month consolidation, and judges it in the year", () => {
    const cells = (period: string) => (i: number) => ({
      period_kind: period,
      conference_held: i ? "có" : "không",
    });
    expect(outcome(consolidate(fw, units(2, cells("6 tháng"))), "2.2")).toEqual(["pending", 50]);
    expect(outcome(consolidate(fw, units(2, cells("Năm"))), "2.2")).toEqual(["not_met", 50]);
  });
});

describe("consolidate: units, registry and completeness", () => {
  const registry = [
    { code: "U001", name: "Trường A" },
    { code: "u002", name: "Bệnh viện B" },
    { code: "U003", name: "Sở C" },
  ];

  it("gives one row per unit, in code order, with every target", () => {
    const c = consolidate(fw, [units(3)[2], units(3)[0]]);
    expect(c.units.map((u) => [u.code, u.source, u.reportDate, u.targets.length])).toEqual([
      ["U001", "U001.xlsx", "2025-12-15", 19],
      ["U003", "U003.xlsx", "2025-12-15", 19],
    ]);
    expect(c.units[0].targets.filter((t) => t.status !== "met").map((t) => t.code)).toEqual(["2.3b"]); // good, not excellent
    expect(c.units[0].name).toBe("CĐCS Trường THPT Số 1");
  });

  it("lists the registered units that sent nothing, and counts completeness", () => {
    const c = consolidate(fw, [...units(1), report({ unit_code: "X9" }, "x9.xlsx")], { registry });
    expect(c.missing).toEqual([
      { code: "U002", name: "Bệnh viện B" },
      { code: "U003", name: "Sở C" },
    ]);
    expect(c.completeness).toEqual({ expected: 3, received: 2, unregistered: ["X9"] });
    expect(c.units.map((u) => [u.code, u.registered])).toEqual([
      ["U001", true],
      ["X9", false],
    ]);
  });

  it("matches registry codes as typed, less case and spaces", () => {
    const c = consolidate(fw, [report({ unit_code: " U002 " })], { registry });
    expect(c.units[0].registered).toBe(true);
    expect(c.missing.map((u) => u.code)).toEqual(["U001", "U003"]);
  });

  it("has no expected count without a registry", () => {
    expect(consolidate(fw, units(2)).completeness).toEqual({ expected: null, received: 2, unregistered: [] });
  });
});

describe("consolidate: duplicates", () => {
  it("keeps the latest report date and lists the others with the reason", () => {
    const older = report({ report_date: "01/12/2025", conference_held: "không" }, "a-first.xlsx");
    const newer = report({ report_date: "20/12/2025" }, "a-second.xlsx");
    const c = consolidate(fw, [newer, older]);
    expect(c.units).toHaveLength(1);
    expect(c.units[0].source).toBe("a-second.xlsx");
    expect(c.duplicates).toEqual([
      {
        unitCode: "U001",
        kept: { source: "a-second.xlsx", reportDate: "2025-12-20" },
        dropped: [{ source: "a-first.xlsx", reportDate: "2025-12-01" }],
        reason: {
          vi: "Giữ báo cáo có ngày báo cáo mới nhất (2025-12-20)",
          en: "Kept the report with the latest report date (2025-12-20)",
        },
      },
    ]);
    expect(outcome(c, "2.2")).toEqual(["met", 100]);
  });

  it("on equal dates keeps the same one whatever the order, and asks to check", () => {
    const a = report({ conference_held: "không" }, "b.xlsx");
    const b = report({}, "a.xlsx");
    for (const input of [
      [a, b],
      [b, a],
    ]) {
      const c = consolidate(fw, input);
      expect(c.units[0].source).toBe("b.xlsx");
      expect(c.duplicates[0].dropped).toEqual([{ source: "a.xlsx", reportDate: "2025-12-15" }]);
      expect(c.duplicates[0].reason.en).toMatch(/please check/);
      expect(c.duplicates[0].reason.vi).toMatch(/cần kiểm tra lại/);
    }
  });

  it("prefers a dated report to an undated one", () => {
    const c = consolidate(fw, [report({ report_date: null }, "z.xlsx"), report({}, "a.xlsx")]);
    expect(c.units[0].source).toBe("a.xlsx");
  });
});

describe("consolidate: exclusions", () => {
  it("excludes and lists reports of another period", () => {
    const c = consolidate(fw, [...units(2), report({ unit_code: "U009", year: 2024 }, "old.xlsx")], {
      period: { kind: "year", year: 2025 },
    });
    expect(c.units.map((u) => u.code)).toEqual(["U001", "U002"]);
    expect(c.excluded).toEqual([
      {
        source: "old.xlsx",
        unitCode: "U009",
        period: { kind: "year", year: 2024 },
        reason: "other_period",
        message: {
          vi: "Báo cáo kỳ Năm 2024, không phải kỳ đang tổng hợp",
          en: "A report for Year 2024, not the period being consolidated",
        },
        errors: [],
      },
    ]);
  });

  it("excludes invalid reports with their errors, and does not count them", () => {
    const bad = parseReport(
      fw,
      rawReport({ unit_code: "U007", members: "95%", conference_held: "không" }),
      "bad.xlsx",
    );
    const c = consolidate(fw, [...units(2), bad], { registry: [{ code: "U007", name: "G" }] });
    expect(c.units.map((u) => u.code)).toEqual(["U001", "U002"]);
    expect(c.excluded).toHaveLength(1);
    expect(c.excluded[0]).toMatchObject({ source: "bad.xlsx", unitCode: "U007", reason: "invalid" });
    expect(c.excluded[0].errors.map((e) => [e.code, e.field])).toEqual([["percent_in_count", "members"]]);
    expect(c.excluded[0].message.en).toBe("The report has 1 error(s)");
    // U007 is on the unit list and its report does not count: 2 of 2 is not yet “100% CĐCS”.
    expect(province(c, "2.2")).toMatchObject({ status: "missing", decided: 2, waiting: 1 });
    expect(c.missing.map((u) => u.code)).toEqual(["U007"]);
    expect(c.completeness.received).toBe(2);
  });

  it("excludes a report without unit code or period as invalid", () => {
    const c = consolidate(fw, [parseReport(fw, rawReport({ unit_code: null, year: null }), "anon.xlsx")]);
    expect(c.excluded.map((e) => [e.source, e.reason, e.errors.map((x) => x.field)])).toEqual([
      ["anon.xlsx", "invalid", ["unit_code", "year"]],
    ]);
    expect(c.period).toBeNull();
  });
});

describe("consolidate: choosing the period", () => {
  const at = (kind: string, year: number, unit: string) =>
    report({ unit_code: unit, period_kind: kind, year });

  it("takes the period most reports are for", () => {
    const c = consolidate(fw, [at("Năm", 2024, "A"), at("Năm", 2024, "B"), at("Năm", 2025, "C")]);
    expect(c.period).toEqual({ kind: "year", year: 2024 });
    expect(c.excluded.map((e) => e.unitCode)).toEqual(["C"]);
  });

  it("on a tie takes the latest", () => {
    expect(consolidate(fw, [at("Năm", 2024, "A"), at("Năm", 2025, "B")]).period).toEqual({
      kind: "year",
      year: 2025,
    });
    expect(consolidate(fw, [at("6 tháng", 2025, "A"), at("Năm", 2025, "B")]).period).toEqual({
      kind: "year",
      year: 2025,
    });
    expect(consolidate(fw, [at("Tổng kết nhiệm kỳ", 2028, "A"), at("Năm", 2028, "B")]).period?.kind).toBe(
      "endterm",
    );
  });

  it("uses the requested period even when no report is for it", () => {
    const c = consolidate(fw, units(2), { period: { kind: "h1", year: 2026 } });
    expect(c.period).toEqual({ kind: "h1", year: 2026 });
    expect(c.units).toEqual([]);
    expect(c.excluded).toHaveLength(2);
    expect(c.province.targets.every((t) => t.status === "missing")).toBe(true);
  });

  it("has no period and no units with no reports", () => {
    const c = consolidate(fw, []);
    expect([c.period, c.units, c.excluded, c.duplicates]).toEqual([null, [], [], []]);
    expect(c.framework).toBe(fw.id);
  });
});

describe("consolidate: order of the inputs", () => {
  it("lists invalid reports that differ only in their errors in the same order whatever the input order", () => {
    const percent = parseReport(fw, rawReport({ members: "95%" }), "a.xlsx");
    const text = parseReport(fw, rawReport({ members: "abc" }), "a.xlsx");
    const codes = (c: Consolidation) => c.excluded.map((e) => e.errors[0].code);
    expect(codes(consolidate(fw, [percent, text]))).toEqual(codes(consolidate(fw, [text, percent])));
  });
});

describe("consolidate: units whose figures are missing", () => {
  /** [target, units, cells of unit i, expected status, expected actual over the units that answered]. */
  const CASES: [string, number, (i: number) => Record<string, RawCell>, string, number][] = [
    // 9 of 9 answered yes, 1 blank: 100% only if the blank one did it too — no conclusion.
    ["2.1a", 10, (i) => ({ study_coordinated: i < 9 ? "có" : null }), "missing", 100],
    // One known “không” already fails 100%, whatever the blank one says.
    ["2.1a", 10, (i) => ({ study_coordinated: i < 8 ? "có" : i < 9 ? "không" : null }), "not_met", 88.89],
    // 19 good of 20 is 95% > 90% even if the blank one is not: met.
    ["2.3a", 20, (i) => ({ self_rating: i < 19 ? "tốt" : null }), "met", 100],
    // 9 good, 1 blank: 90% (not met) or 100% (met) — no conclusion.
    ["2.3a", 10, (i) => ({ self_rating: i < 9 ? "tốt" : null }), "missing", 100],
    // 2.3c: a known “không hoàn thành” fails it; a blank could be one.
    [
      "2.3c",
      3,
      (i) => ({ self_rating: i === 0 ? "không hoàn thành" : i === 1 ? null : "tốt" }),
      "not_met",
      1,
    ],
    ["2.3c", 3, (i) => ({ self_rating: i === 1 ? null : "tốt" }), "missing", 0],
    // A pooled rate cannot be bounded without the missing unit's numerator and denominator.
    ["2.1b", 3, (i) => ({ members_studied: i ? 40 : null }), "missing", 100],
  ];

  it.each(CASES)("%s over %d units: case %#", (target, n, cells, status, actual) => {
    const t = province(consolidate(fw, units(n, cells)), target);
    expect([t.status, t.actual]).toEqual([status, actual]);
    if (status === "missing") expect(t.reason?.vi).toMatch(/đơn vị thiếu số liệu/);
  });
});
