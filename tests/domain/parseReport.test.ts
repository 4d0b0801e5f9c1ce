import { parseReport, type RawCell } from "../../src/domain";
import { fw, rawReport } from "./helpers";

const errorsOf = (overrides: Record<string, RawCell>) =>
  parseReport(fw, rawReport(overrides)).errors.map((e) => [e.code, e.field]);

describe("parseReport", () => {
  it("types a complete report and lifts its header", () => {
    const r = parseReport(fw, rawReport({ unit_code: "  u001 " }), "Truong A.xlsx");
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({
      unitCode: "U001",
      unitName: "CĐCS Trường THPT Số 1",
      period: { kind: "year", year: 2025 },
      reportDate: "2025-12-15",
      source: "Truong A.xlsx",
    });
    expect(r.values.self_rating).toBe("good");
    expect(r.values.members).toBe(40);
    expect(r.values.study_coordinated).toBe(true);
  });

  it.each(["unit_code", "unit_name", "period_kind", "year"])("requires the header field %s", (id) => {
    expect(errorsOf({ [id]: null })).toEqual([["required", id]]);
    expect(errorsOf({ [id]: "   " })).toEqual([["required", id]]);
  });

  it.each(["reporter", "report_date", "members", "self_rating", "party_candidate_source"])(
    "leaves %s optional (an empty cell is missing data, not an error)",
    (id) => {
      const r = parseReport(fw, rawReport({ [id]: null }));
      expect(r.errors).toEqual([]);
      expect(id in r.values).toBe(false);
    },
  );

  it("has no period without both its kind and its year", () => {
    expect(parseReport(fw, rawReport({ year: null })).period).toBeNull();
    expect(parseReport(fw, rawReport({ period_kind: "Quý 1" })).period).toBeNull();
  });

  it("names an unknown field key", () => {
    const r = parseReport(fw, rawReport({ membres: 40 }));
    expect(r.errors).toEqual([
      {
        code: "unknown_field",
        field: "membres",
        message: {
          vi: "Không có trường “membres” trong khung chỉ tiêu",
          en: "The framework has no field “membres”",
        },
      },
    ]);
  });

  /** Impossible combinations: the cells (over the complete report) and the errors expected, by field. */
  const EXCEEDS: [string, Record<string, RawCell>, [string, string][]][] = [
    ["members studied > members", { members_studied: 41 }, [["exceeds", "members_studied"]]],
    ["female members > members", { female_members: 41 }, [["exceeds", "female_members"]]],
    ["complaints resolved > received", { complaints_resolved: 3 }, [["exceeds", "complaints_resolved"]]],
    [
      "members > employees",
      { employees: 39, eligible: 39 },
      [
        ["exceeds", "members"],
        ["exceeds", "members"],
      ],
    ],
    ["eligible > employees", { eligible: 41, employees: 40 }, [["exceeds", "eligible"]]],
    ["members > eligible", { eligible: 39 }, [["exceeds", "members"]]],
    ["initiatives > members", { members_with_initiatives: 41 }, [["exceeds", "members_with_initiatives"]]],
    ["title holders > female members", { female_title_holders: 21 }, [["exceeds", "female_title_holders"]]],
    ["introduced > members", { party_introduced: 41 }, [["exceeds", "party_introduced"]]],
    ["officers trained > officers", { officers_trained_term: 6 }, [["exceeds", "officers_trained_term"]]],
  ];

  it.each(EXCEEDS)("rejects %s, on the right field", (_name, overrides, expected) => {
    expect(errorsOf(overrides)).toEqual(expected);
  });

  it("says by how much, against which field", () => {
    const [e] = parseReport(fw, rawReport({ members_studied: 41 })).errors;
    expect(e.message).toEqual({
      vi: "Số đoàn viên được tham gia học tập, quán triệt: 41 lớn hơn Số đoàn viên công đoàn (40)",
      en: "Members who took part in the study: 41 is more than Union members (40)",
    });
  });

  it("accepts the limits themselves (equal is possible)", () => {
    expect(errorsOf({ members_studied: 40, members_with_initiatives: 40, complaints_resolved: 2 })).toEqual(
      [],
    );
  });

  it("skips a constraint when either side is empty or wrong", () => {
    expect(errorsOf({ members: null, members_studied: 999 })).toEqual([]);
    expect(errorsOf({ members: "abc", members_studied: 999 })).toEqual([["not_number", "members"]]);
  });

  it("collects every error of a report, none thrown", () => {
    expect(
      errorsOf({
        unit_code: null,
        year: 2030,
        members: "95%",
        study_coordinated: "maybe",
        report_date: "31/02/2025",
      }),
    ).toEqual([
      ["required", "unit_code"],
      ["year_out_of_range", "year"],
      ["not_date", "report_date"],
      ["percent_in_count", "members"],
      ["not_yes_no", "study_coordinated"],
    ]);
  });
});
