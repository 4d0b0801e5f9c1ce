import { actualText, formatDateVi, thresholdText } from "../../src/domain";

describe("how thresholds and actual values are written", () => {
  it.each([
    [{ comparator: "gt", threshold: 90, unit: "percent" }, "> 90%"],
    [{ comparator: "gte", threshold: 15, unit: "percent" }, "≥ 15%"],
    [{ comparator: "gte", threshold: 1, unit: "count" }, "≥ 1"],
    [{ comparator: "eq", threshold: 0, unit: "count" }, "0"],
    [{ comparator: "eq", threshold: 1, unit: "flag" }, "Có"],
  ] as const)("%o → %s", (shape, text) => {
    expect(thresholdText(shape)).toBe(text);
  });

  it("never starts a threshold with a character a spreadsheet reads as a formula", () => {
    for (const comparator of ["gt", "gte", "eq", "lte", "lt"] as const)
      expect(thresholdText({ comparator, threshold: 0, unit: "count" })).not.toMatch(/^[=+\-@]/);
  });

  it("writes actual values the Vietnamese way", () => {
    expect(actualText({ actual: 1234.5, unit: "count" })).toBe("1.234,5");
    expect(actualText({ actual: 14.58, unit: "percent" })).toBe("14,58%");
    expect(actualText({ actual: null, unit: "percent" })).toBe("—");
    expect(actualText({ actual: 0, unit: "flag" })).toBe("Không");
  });
});

describe("how dates are written", () => {
  it("writes a date as Vietnamese readers do, dd/mm/yyyy, and any other text as it is", () => {
    expect(formatDateVi("2025-12-20")).toBe("20/12/2025");
    expect(formatDateVi("2026-01-05")).toBe("05/01/2026");
    expect(formatDateVi("Trường THPT Số 1")).toBe("Trường THPT Số 1");
    expect(formatDateVi(null)).toBe("");
  });
});
