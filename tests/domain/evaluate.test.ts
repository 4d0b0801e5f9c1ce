import type { PeriodKind, Status, Values } from "../../src/domain";
import { evaluate, fw } from "./helpers";

type Row = [code: string, values: Values, expected: Status, actual: number | null];

/**
 * Every target at its threshold, judged as is (no report period): equal, just below, just above,
 * each not-applicable condition, and missing inputs. A case is a row.
 */
const BOUNDARIES: Row[] = [
  // 2.1a flag
  ["2.1a", { study_coordinated: true }, "met", 1],
  ["2.1a", { study_coordinated: false }, "not_met", 0],
  ["2.1a", {}, "missing", null],
  // 2.1b 100% of members studied (≥)
  ["2.1b", { members_studied: 20, members: 20 }, "met", 100],
  ["2.1b", { members_studied: 19, members: 20 }, "not_met", 95],
  ["2.1b", { members_studied: 999, members: 1000 }, "not_met", 99.9],
  ["2.1b", { members_studied: 0, members: 0 }, "na", null],
  ["2.1b", { members: 20 }, "missing", null],
  ["2.1b", { members_studied: 20 }, "missing", null],
  // 2.2 flag
  ["2.2", { conference_held: true }, "met", 1],
  ["2.2", { conference_held: false }, "not_met", 0],
  ["2.2", { conference_held: null }, "missing", null],
  // 2.3a rated good or better (the unit's part of “trên 90% CĐCS”)
  ["2.3a", { self_rating: "excellent" }, "met", 1],
  ["2.3a", { self_rating: "good" }, "met", 1],
  ["2.3a", { self_rating: "completed" }, "not_met", 0],
  ["2.3a", { self_rating: "not_completed" }, "not_met", 0],
  ["2.3a", {}, "missing", null],
  // 2.3b excellent
  ["2.3b", { self_rating: "excellent" }, "met", 1],
  ["2.3b", { self_rating: "good" }, "not_met", 0],
  // 2.3c not “not completed”
  ["2.3c", { self_rating: "completed" }, "met", 1],
  ["2.3c", { self_rating: "not_completed" }, "not_met", 0],
  // 2.3d 100% of the eligible are members
  ["2.3d", { members: 40, eligible: 40 }, "met", 100],
  ["2.3d", { members: 39, eligible: 40 }, "not_met", 97.5],
  ["2.3d", { members: 0, eligible: 0 }, "na", null],
  ["2.3d", { members: 40 }, "missing", null],
  // 2.4 flag
  ["2.4", { digital_movement_launched: true }, "met", 1],
  ["2.4", { digital_movement_launched: false }, "not_met", 0],
  // 2.5 at least 15% (3 of 20 is exactly 15%: 3 / 20 * 100 is not exact in floating point)
  ["2.5", { members_with_initiatives: 2, members: 20 }, "not_met", 10],
  ["2.5", { members_with_initiatives: 3, members: 20 }, "met", 15],
  ["2.5", { members_with_initiatives: 4, members: 20 }, "met", 20],
  ["2.5", { members_with_initiatives: 149, members: 1000 }, "not_met", 14.9],
  ["2.5", { members_with_initiatives: 150, members: 1000 }, "met", 15],
  ["2.5", { members_with_initiatives: 3, members: 21 }, "not_met", 14.29],
  ["2.5", { members_with_initiatives: 7, members: 140 }, "not_met", 5],
  ["2.5", { members_with_initiatives: 21, members: 140 }, "met", 15],
  ["2.5", { members_with_initiatives: 0, members: 0 }, "na", null],
  ["2.5", { members: 20 }, "missing", null],
  // 2.6a women's committee, where there are enough female members
  ["2.6a", { women_committee_required: true, women_committee_established: true }, "met", 1],
  ["2.6a", { women_committee_required: true, women_committee_established: false }, "not_met", 0],
  ["2.6a", { women_committee_required: false, women_committee_established: false }, "na", null],
  ["2.6a", { women_committee_required: false }, "na", null],
  ["2.6a", { women_committee_established: true }, "met", 1],
  ["2.6a", { women_committee_established: false }, "missing", null],
  ["2.6a", { women_committee_required: true }, "missing", null],
  // 2.6b more than 95% (strictly)
  ["2.6b", { female_title_holders: 19, female_members: 20 }, "not_met", 95],
  ["2.6b", { female_title_holders: 20, female_members: 20 }, "met", 100],
  ["2.6b", { female_title_holders: 950, female_members: 1000 }, "not_met", 95],
  ["2.6b", { female_title_holders: 951, female_members: 1000 }, "met", 95.1],
  ["2.6b", { female_title_holders: 0, female_members: 0 }, "na", null],
  ["2.6b", { female_members: 20 }, "missing", null],
  // 2.6c at least 1 family in the term (judged as is without a period)
  ["2.6c", { successful_families_term: 0 }, "not_met", 0],
  ["2.6c", { successful_families_term: 1 }, "met", 1],
  ["2.6c", { successful_families_term: 2 }, "met", 2],
  ["2.6c", {}, "missing", null],
  // 2.7 at least 1 member introduced, for units that still have candidates
  ["2.7", { party_candidate_source: true, party_introduced: 0 }, "not_met", 0],
  ["2.7", { party_candidate_source: true, party_introduced: 1 }, "met", 1],
  ["2.7", { party_candidate_source: true, party_introduced: 2 }, "met", 2],
  ["2.7", { party_candidate_source: false, party_introduced: 0 }, "na", null],
  ["2.7", { party_candidate_source: false }, "na", null],
  ["2.7", { party_introduced: 1 }, "met", 1],
  ["2.7", { party_introduced: 0 }, "missing", null],
  ["2.7", { party_candidate_source: true }, "missing", null],
  // 2.8 100% of officers trained in the term
  ["2.8", { officers_trained_term: 5, officers: 5 }, "met", 100],
  ["2.8", { officers_trained_term: 4, officers: 5 }, "not_met", 80],
  ["2.8", { officers_trained_term: 0, officers: 0 }, "na", null],
  ["2.8", { officers: 5 }, "missing", null],
  // 2.9 100% of complaints resolved (if any)
  ["2.9", { complaints_resolved: 3, complaints_received: 3 }, "met", 100],
  ["2.9", { complaints_resolved: 2, complaints_received: 3 }, "not_met", 66.67],
  ["2.9", { complaints_resolved: 0, complaints_received: 0 }, "na", null],
  ["2.9", { complaints_received: 0 }, "na", null],
  ["2.9", { complaints_received: 3 }, "missing", null],
  ["2.9", {}, "missing", null],
  // 2.10–2.12 flags
  ["2.10", { finance_settled: true }, "met", 1],
  ["2.10", { finance_settled: false }, "not_met", 0],
  ["2.11", { social_activities: true }, "met", 1],
  ["2.11", { social_activities: false }, "not_met", 0],
  ["2.12a", { culture_registered: true }, "met", 1],
  ["2.12a", { culture_registered: false }, "not_met", 0],
  ["2.12b", { culture_recognized: true }, "met", 1],
  ["2.12b", { culture_recognized: false }, "not_met", 0],
  ["2.12b", {}, "missing", null],
];

describe("evaluateTarget at every threshold", () => {
  it.each(BOUNDARIES)("%s with %j is %s (%p)", (code, values, status, actual) => {
    expect(evaluate(code, values)).toMatchObject({ code, status, actual });
  });

  it("covers every target of the framework", () => {
    expect(new Set(BOUNDARIES.map(([code]) => code))).toEqual(new Set(fw.targets.map((t) => t.code)));
  });

  it("says why a target is not applicable", () => {
    expect(evaluate("2.6a", { women_committee_required: false }).reason).toEqual({
      vi: "Không đủ số lượng đoàn viên nữ",
      en: "Not enough female members",
    });
    expect(evaluate("2.7", { party_candidate_source: false }).reason?.vi).toBe(
      "Đơn vị không còn nguồn giới thiệu",
    );
    expect(evaluate("2.9", { complaints_received: 0 }).reason?.en).toBe("No complaints");
    expect(evaluate("2.6b", { female_title_holders: 0, female_members: 0 }).reason).toEqual({
      vi: "Số đoàn viên nữ bằng 0",
      en: "Female union members is 0",
    });
  });

  it("names the missing inputs, including an unanswered not-applicable question", () => {
    expect(evaluate("2.7", {}).reason).toEqual({
      vi: "Thiếu số liệu: Số đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp, Đơn vị còn nguồn giới thiệu đoàn viên ưu tú cho Đảng",
      en: "Missing: Outstanding members introduced to the Party, Unit still has members to introduce to the Party",
    });
    expect(evaluate("2.6a", { women_committee_established: false }).reason?.en).toBe(
      "Missing: Enough female members to require a women's committee",
    );
  });

  it("reports the threshold, comparator and unit the target is judged by", () => {
    expect(evaluate("2.6b", {})).toMatchObject({ threshold: 95, comparator: "gt", unit: "percent" });
    expect(evaluate("2.5", {})).toMatchObject({ threshold: 15, comparator: "gte", unit: "percent" });
    expect(evaluate("2.7", {})).toMatchObject({ threshold: 1, comparator: "gte", unit: "count" });
    expect(evaluate("2.1a", {})).toMatchObject({ threshold: 1, comparator: "eq", unit: "flag" });
  });
});

/** A target not met, in each kind of report: [code, values that miss it]. */
const NOT_MET: [string, Values][] = [
  ["2.1a", { study_coordinated: false }],
  ["2.1b", { members_studied: 19, members: 20 }],
  ["2.3a", { self_rating: "completed" }],
  ["2.5", { members_with_initiatives: 2, members: 20 }],
  ["2.6b", { female_title_holders: 19, female_members: 20 }],
  ["2.7", { party_candidate_source: true, party_introduced: 0 }],
  ["2.9", { complaints_resolved: 2, complaints_received: 3 }],
  ["2.12b", { culture_recognized: false }],
  ["2.6c", { successful_families_term: 0 }],
  ["2.8", { officers_trained_term: 4, officers: 5 }],
];
const TERM = new Set(["2.6c", "2.8"]);
const KINDS: PeriodKind[] = ["h1", "year", "midterm", "endterm"];

describe("a target not met before it is due is pending", () => {
  const rows = NOT_MET.flatMap(([code, values]) =>
    KINDS.map((kind): [string, PeriodKind, Values, Status] => {
      const due = TERM.has(code) ? kind === "endterm" : kind !== "h1";
      return [code, kind, values, due ? "not_met" : "pending"];
    }),
  );

  it.each(rows)("%s in a %s report is %s", (code, kind, values, status) => {
    const r = evaluate(code, values, kind);
    expect(r.status).toBe(status);
    expect(r.actual).not.toBeNull();
    if (status === "pending") expect(r.reason?.vi).toMatch(/^Chưa đến hạn/);
  });

  it("says which review judges a term target", () => {
    expect(evaluate("2.8", { officers_trained_term: 4, officers: 5 }, "year").reason).toEqual({
      vi: "Chưa đến hạn: chỉ tiêu cả nhiệm kỳ, đánh giá khi tổng kết nhiệm kỳ",
      en: "Not yet due: a term target, judged at the end-of-term review",
    });
  });

  it.each(KINDS)("a target already met in a %s report is met", (kind) => {
    expect(evaluate("2.6c", { successful_families_term: 1 }, kind).status).toBe("met");
    expect(evaluate("2.5", { members_with_initiatives: 3, members: 20 }, kind).status).toBe("met");
  });

  it.each(KINDS)("missing and not applicable stay so in a %s report", (kind) => {
    expect(evaluate("2.8", { officers: 5 }, kind).status).toBe("missing");
    expect(evaluate("2.9", { complaints_received: 0 }, kind).status).toBe("na");
  });
});
