import {
  addToHistory,
  buildReview,
  commendPeriod,
  commendTerm,
  consolidate,
  consolidateHistory,
  parseReport,
  qualityFlags,
  trends,
  unitRows,
  type History,
} from "../../src/domain";
import { fw } from "./helpers";
import { code, DEADLINES, nameOf, UNITS, YEARS, yearlyReport } from "./termReports";

function merged(
  year: number,
  units = UNITS,
  change: (i: number, raw: Record<string, unknown>) => void = () => {},
) {
  const reports = units.map((i) => {
    const raw = yearlyReport(i, year);
    change(i, raw);
    const r = parseReport(fw, raw as never, `${code(i)}-${year}.xlsx`);
    if (r.errors.length) throw new Error(JSON.stringify(r.errors));
    return r;
  });
  return consolidate(fw, reports, { period: { kind: "year", year } });
}

function term(): History {
  let history: History = [];
  for (const year of YEARS) history = addToHistory(fw, history, merged(year)).history;
  return history;
}

const statusesOf = (h: History, target: string) =>
  trends(consolidateHistory(fw, h))
    .targets.find((t) => t.code === target)!
    .byPeriod.map((r) => r.status);

describe("the term in one history", () => {
  const history = term();
  const periods = consolidateHistory(fw, history);

  test("every yearly merge is kept: 30 units × 3 years, found by unit code across periods", () => {
    expect(history).toHaveLength(90);
    expect(unitRows(history, " dv07 ").map((r) => [r.period.year, r.values.members])).toEqual([
      [2023, 120],
      [2024, 120],
      [2025, 12],
    ]);
  });

  test("the trend table puts each target's province result of every year side by side", () => {
    const t = trends(periods);
    expect(t.periods).toEqual(YEARS.map((year) => ({ kind: "year", year })));
    const row = (c: string) => t.targets.find((x) => x.code === c)!.byPeriod;
    // 2.6a: every unit with enough women has its committee, until DV20's turns “no” in 2025.
    expect(row("2.6a").map((r) => [r.status, r.met, r.decided])).toEqual([
      ["met", 30, 30],
      ["met", 30, 30],
      ["not_met", 29, 30],
    ]);
    // 2.2: DV08 held no staff conference in 2023.
    expect(row("2.2").map((r) => r.status)).toEqual(["not_met", "met", "met"]);
    // 2.5 is missed by the 6 units with i % 5 = 0 every year: 24 of 30.
    expect(row("2.5").map((r) => r.actual)).toEqual([80, 80, 80]);
    const dv20 = t.units.find((u) => u.code === "DV20")!;
    expect(dv20.byPeriod.map((p) => p!.targets.find((x) => x.code === "2.6a")!.status)).toEqual([
      "met",
      "met",
      "not_met",
    ]);
    const dv01 = t.units.find((u) => u.code === "DV01")!;
    expect(dv01.byPeriod.map((p) => p!.share)).toEqual([100, 100, 100]);
  });

  test("the mid-term review judges term targets on the years' totals", () => {
    const review = buildReview(fw, history, periods, { kind: "midterm", year: 2025 });
    expect(review.years).toEqual(YEARS);
    expect(review.termTargets).toEqual(["2.6c", "2.8"]);
    const status = (unit: string, target: string) =>
      review.consolidation.units.find((u) => u.code === unit)!.targets.find((t) => t.code === target)!;
    // Families: once in 2024 is enough for the term (DV04), none yet is not yet due at mid-term (DV02).
    expect(status("DV04", "2.6c")).toMatchObject({ status: "met", actual: 1 });
    expect(status("DV03", "2.6c")).toMatchObject({ status: "met", actual: 3 });
    expect(status("DV02", "2.6c").status).toBe("pending");
    // Officers trained 2 + 2 + 1 of 5: all trained in the term, though no single year reached 100%.
    expect(status("DV02", "2.8")).toMatchObject({ status: "met", actual: 100 });
    expect(
      periods.map((p) => p.consolidation.units[1].targets.find((t) => t.code === "2.8")!.status),
    ).toEqual(["pending", "pending", "pending"]);
    expect(status("DV01", "2.8")).toMatchObject({ status: "pending", actual: 60 });
    expect(review.basis.DV01).toBe("years");
    // Province: 20 of 30 units have a family; the 10 others are not yet due at mid-term.
    const province = review.consolidation.province.targets.find((t) => t.code === "2.6c")!;
    expect([province.met, province.decided, province.status]).toEqual([20, 30, "pending"]);
  });

  test("yearly targets in the review show how many of the years each unit met them", () => {
    const review = buildReview(fw, history, periods, { kind: "midterm", year: 2025 });
    const tally = (unit: string, target: string) =>
      review.yearly.find((u) => u.unitCode === unit)!.byTarget.find((t) => t.code === target)!;
    expect(tally("DV01", "2.5")).toEqual({ code: "2.5", met: 3, judged: 3 });
    expect(tally("DV05", "2.5")).toEqual({ code: "2.5", met: 0, judged: 3 });
    expect(tally("DV20", "2.6a")).toEqual({ code: "2.6a", met: 2, judged: 3 });
    expect(tally("DV08", "2.2")).toEqual({ code: "2.2", met: 2, judged: 3 });
    expect(review.provinceYears.find((t) => t.code === "2.2")).toEqual({ code: "2.2", met: 2, judged: 3 });
  });

  test("a clerk's own mid-term report wins, and where it disagrees with the years the office sees it", () => {
    const own = parseReport(
      fw,
      { ...yearlyReport(3, 2025), period_kind: "Sơ kết giữa nhiệm kỳ", successful_families_term: 0 } as never,
      "DV03-soket.xlsx",
    );
    const c = consolidate(fw, [own], { period: { kind: "midterm", year: 2025 } });
    const withOwn = addToHistory(fw, history, c).history;
    const review = buildReview(fw, withOwn, consolidateHistory(fw, withOwn), { kind: "midterm", year: 2025 });
    expect(review.basis.DV03).toBe("own_report");
    const dv03 = review.consolidation.units.find((u) => u.code === "DV03")!;
    expect(dv03.source).toBe("DV03-soket.xlsx");
    expect(dv03.targets.find((t) => t.code === "2.6c")!.status).toBe("pending");
    expect(review.disagreements.filter((d) => d.unitCode === "DV03")).toEqual([
      {
        unitCode: "DV03",
        unitName: nameOf(3),
        field: "successful_families_term",
        fromYears: 3,
        fromReport: 0,
      },
      // Odd units train 1 officer a year: 3 over the years, the clerk's form (one year's figure) says 1.
      { unitCode: "DV03", unitName: nameOf(3), field: "officers_trained_term", fromYears: 3, fromReport: 1 },
    ]);
    expect(review.consolidation.units).toHaveLength(30);
  });

  test("data-quality flags: the 90% fall in members, the yes turned no, the late report — with both values", () => {
    const flags = qualityFlags(fw, history, { factor: 2, deadlines: DEADLINES });
    expect(
      flags.map((f) => [f.unitCode, f.period.year, f.kind, f.field, f.previous.value, f.current]),
    ).toEqual([
      ["DV07", 2025, "fall", "members", 120, 12],
      ["DV12", 2025, "late", "report_date", "2026-01-15", "2026-02-20"],
      ["DV20", 2025, "yes_to_no", "women_committee_established", true, false],
    ]);
    expect(flags[0].message.vi).toContain("giảm 90%");
    expect(flags[0].message.en).toContain("fell by 90%");
    expect(flags[1].message).toEqual({
      vi: "Báo cáo Năm 2025 ngày 20/02/2026, sau hạn 15/01/2026",
      en: "The Year 2025 report is dated 20/02/2026, after the deadline 15/01/2026",
    });
    // Flags never exclude: the late report and the fallen unit are in the year's consolidation.
    expect(periods[2].consolidation.units.map((u) => u.code)).toEqual(
      expect.arrayContaining(["DV07", "DV12"]),
    );
    // A larger factor tolerates the fall; no deadline, no timeliness flag.
    expect(qualityFlags(fw, history, { factor: 20 }).map((f) => f.kind)).toEqual(["yes_to_no"]);
  });

  test("units to commend: those meeting every applicable target first, then by share, ties by name", () => {
    const ranked = commendPeriod(periods[2].consolidation);
    const allMet = ranked.filter((u) => u.allMet).map((u) => u.code);
    // DV08 (Bệnh viện) before DV12 (Đài, Đ after D) before DV01 (Trường) …: ties at 100% by name.
    expect(allMet).toEqual(["DV16", "DV08", "DV28", "DV12", "DV24", "DV04", "DV01"]);
    expect(ranked.slice(0, 7).map((u) => u.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const shares = ranked.map((u) => u.share!);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    // The term: DV08 missed a target in 2023, so only six met everything every year.
    const termRanked = commendTerm(history, periods);
    expect(termRanked.filter((u) => u.allMet).map((u) => u.code)).toEqual([
      "DV16",
      "DV28",
      "DV12",
      "DV24",
      "DV04",
      "DV01",
    ]);
    expect(termRanked.find((u) => u.code === "DV08")).toMatchObject({ allMet: false, periods: 3 });
  });

  test("a re-merge of one year replaces that year's rows, says so, and keeps the others", () => {
    const again = merged(2024, UNITS.slice(0, 29), (i, raw) => {
      if (i === 5) raw.members_with_initiatives = 6;
    });
    const change = addToHistory(fw, history, again);
    expect(change.replaced).toBe(30);
    expect(change.added).toBe(29);
    expect(change.notice.vi).toContain("Năm 2024 đã có trong lịch sử (30 đơn vị)");
    expect(change.notice.en).toContain("replaced by this merge (29 units)");
    expect(change.history).toHaveLength(89);
    const other = (h: History) => h.filter((r) => r.period.year !== 2024);
    expect(other(change.history)).toEqual(other(history));
    expect(unitRows(change.history, "DV05").map((r) => r.values.members_with_initiatives)).toEqual([3, 6, 3]);
    expect(statusesOf(change.history, "2.6a")).toEqual(["met", "met", "not_met"]);
  });
});
