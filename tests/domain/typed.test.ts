import { findTarget, loadFramework, normaliseTargetCode, parseComparator } from "../../src/domain";
import youthJson from "./fixtures/youth-2024-2029.json";
import { fw } from "./helpers";

describe("parseComparator: a comparator as a chair types it", () => {
  it.each([
    [">", "gt"],
    [">=", "gte"],
    ["≥", "gte"],
    ["=", "eq"],
    ["==", "eq"],
    ["<=", "lte"],
    ["≤", "lte"],
    ["<", "lt"],
    [" > = ", "gte"],
    ["\u00a0<\u00a0", "lt"],
    ["GTE", "gte"],
    ["lt", "lt"],
  ])("reads %j as %s", (typed, expected) => {
    expect(parseComparator(typed)).toBe(expected);
  });

  it.each([["lớn hơn"], ["=>"], [""], ["<>"], [null], [undefined], [15], [true]])("refuses %j", (typed) => {
    expect(parseComparator(typed)).toBeNull();
  });
});

describe("findTarget: a target by the code typed in a formula", () => {
  it.each([
    ["2.5", "2.5"],
    ["2,5", "2.5"],
    [2.5, "2.5"],
    [" 2.1A ", "2.1a"],
    ["2.1a\u00a0", "2.1a"],
    ["2.10", "2.10"],
    ["2.12B", "2.12b"],
  ])("finds %j as %s", (typed, code) => {
    expect(findTarget(fw, typed)?.code).toBe(code);
  });

  it.each([["9.9"], [""], [null], [undefined], [2.1], ["2.5 a"], [true]])("finds nothing for %j", (typed) => {
    expect(findTarget(fw, typed)).toBeUndefined();
  });

  it("says how it read the code, for messages (Excel makes the typed 2.10 the number 2.1)", () => {
    expect(normaliseTargetCode(" 2,1A ")).toBe("2.1a");
    expect(normaliseTargetCode(2.1)).toBe("2.1");
    expect(normaliseTargetCode(null)).toBe("");
  });

  it("looks in the framework it is given", () => {
    const youth = loadFramework(youthJson);
    expect(findTarget(youth, "1,2")?.code).toBe("1.2");
    expect(findTarget(youth, "2.5")).toBeUndefined();
    expect(findTarget(fw, "1.2")).toBeUndefined();
  });
});
