import { consolidate, evaluateReport, loadFramework, parseReport } from "../../src/domain";
import youthJson from "./fixtures/youth-2024-2029.json";

/** Another programme, loaded from its own JSON: no code knows its fields or targets. */
const youth = loadFramework(youthJson);

const branch = (code: string, youthCount: number, volunteers: number, greenSunday: string) =>
  parseReport(
    youth,
    {
      unit_code: code,
      period_kind: "Năm",
      year: 2026,
      youth: youthCount,
      volunteers,
      green_sunday: greenSunday,
    },
    `${code}.xlsx`,
  );

describe("a second programme's framework", () => {
  it("loads from its own JSON object", () => {
    expect(youth.id).toBe("doan-thanh-nien-2024-2029");
    expect(youth.targets.map((t) => t.code)).toEqual(["1.1", "1.2"]);
  });

  it("parses and evaluates a unit's report by its own rules", () => {
    const r = branch("cd01", 10, 6, "x");
    expect(r.errors).toEqual([]);
    expect(r.period).toEqual({ kind: "year", year: 2026 });
    expect(evaluateReport(youth, r).map((t) => [t.code, t.status, t.actual])).toEqual([
      ["1.1", "met", 60],
      ["1.2", "met", 1],
    ]);
  });

  it("checks its own term and constraints", () => {
    const early = parseReport(youth, { unit_code: "A", period_kind: "Năm", year: 2023 });
    expect(early.errors.map((e) => [e.code, e.field])).toEqual([["year_out_of_range", "year"]]);
    expect(branch("A", 5, 6, "có").errors.map((e) => [e.code, e.field])).toEqual([["exceeds", "volunteers"]]);
  });

  it("consolidates with its own province rules", () => {
    const c = consolidate(youth, [
      branch("A", 10, 5, "có"),
      branch("B", 10, 8, "không"),
      branch("C", 20, 11, "có"),
    ]);
    expect(c.framework).toBe("doan-thanh-nien-2024-2029");
    expect(c.province.targets.map((t) => [t.code, t.status, t.actual])).toEqual([
      ["1.1", "met", 60], // pooled: 24 of 40
      ["1.2", "met", 66.67], // 2 of 3 branches, more than half
    ]);
  });
});
