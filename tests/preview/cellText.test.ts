import { cellText, editText, typedEntry } from "../../src/preview/cellText";

describe("cells are shown as a Vietnamese Excel shows them", () => {
  test.each([
    [1234.5, "#,##0.0", "1.234,5"],
    [0.8621, "0.00%", "86,21%"],
    [46011, "dd/mm/yyyy", "20/12/2025"],
    [1234.5, "General", "1234,5"],
    [2.1, "0.00", "2,10"],
    ["Có", "General", "Có"],
    [12, "@", "12"],
    [true, "General", "TRUE"],
  ])("%p in %p reads %p", (value, numberFormat, shown) => {
    expect(cellText({ value, numberFormat })).toBe(shown);
  });
});

describe("typed text is read the vi-VN way", () => {
  test.each([
    ["20/12/2025", "dd/mm/yyyy", 46011],
    ["20/12/2025", "General", 46011],
    ["1.234", "General", 1234],
    ["95,5", "General", 95.5],
    ["50%", "General", 0.5],
    ["Tốt", "General", "Tốt"],
    ["Có", "General", "Có"],
    ["=D5*2", "General", "=D5*2"],
    ["007", "@", "007"],
  ])("%p in a %p cell is %p", (text, numberFormat, value) => {
    expect(typedEntry(text, numberFormat).value).toBe(value);
  });
});

describe("the formula bar shows what one would type back", () => {
  test.each<[{ value: number | string; numberFormat: string; formula?: string }, string]>([
    [{ value: 46011, numberFormat: "dd/mm/yyyy" }, "20/12/2025"],
    [{ value: 0.8621, numberFormat: "0.00%" }, "86,21%"],
    [{ value: 1234.5, numberFormat: "#,##0.0" }, "1234,5"],
    [{ value: "#VALUE!", numberFormat: "General", formula: "=CHITIEU.STATUS(1)" }, "=CHITIEU.STATUS(1)"],
  ])("%p", (cell, shown) => {
    expect(editText(cell)).toBe(shown);
    if (cell.formula === undefined)
      expect(typedEntry(shown, "General").value).toBeCloseTo(Number(cell.value));
  });
});

test("a date or percent typed into a General cell gives it Excel's format", () => {
  expect(typedEntry("20/12/2025", "General")).toEqual({ value: 46011, format: "dd/mm/yyyy" });
  expect(typedEntry("20/12/2025", "dd/mm/yyyy")).toEqual({ value: 46011 });
  expect(typedEntry("40", "General")).toEqual({ value: 40 });
});
