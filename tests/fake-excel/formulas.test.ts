import { createFakeExcel } from "../../src/fake-excel";

function sheetWith(values: unknown[][]) {
  return createFakeExcel({
    sheets: [
      { name: "Sheet1", values },
      { name: "Tên sheet", values: [[10]] },
    ],
  });
}

describe("formulas", () => {
  it("evaluates arithmetic, references and cross-sheet references", async () => {
    const excel = sheetWith([[2, 3, "=-(A1+B1)*2/4", "=$A$1-'Tên sheet'!A1", "=Sheet1!B1^2"]]);
    expect(await excel.values("Sheet1", "C1:E1")).toEqual([[-2.5, -8, 9]]);
  });

  it("gives #NAME? for unknown functions and #DIV/0! for division by zero", async () => {
    const excel = sheetWith([["=NOPE(1)", "=1/0", "=A1+1"]]);
    expect(await excel.values("Sheet1", "A1:C1")).toEqual([["#NAME?", "#DIV/0!", "#NAME?"]]);
  });

  it("calls registered custom functions case-insensitively with literals, cells and ranges", async () => {
    const excel = sheetWith([
      [1, 2, '=chitieu.status(A1:B2; "x", TRUE, A2)'],
      [3, 4, ""],
    ]);
    const calls: unknown[][] = [];
    excel.registerFunction(
      "CHITIEU.STATUS",
      (range: number[][], text: string, flag: boolean, cell: number) => {
        calls.push([range, text, flag, cell]);
        return range.flat().reduce((a, b) => a + b, 0) + cell;
      },
    );
    expect(await excel.values("Sheet1", "C1")).toEqual([[13]]);
    expect(calls[0]).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      "x",
      true,
      3,
    ]);
  });

  it("passes blank cells as 0 and awaits async functions", async () => {
    const excel = sheetWith([["", "=CHITIEU.ECHO(A1)"]]);
    excel.registerFunction("CHITIEU.ECHO", async (v: unknown) => (v === 0 ? "zero" : "other"));
    expect(await excel.values("Sheet1", "B1")).toEqual([["zero"]]);
  });

  it("maps errors thrown by custom functions to their Excel error code", async () => {
    const excel = sheetWith([["=CHITIEU.NA()", "=CHITIEU.BOOM()"]]);
    excel.registerFunction("CHITIEU.NA", () => {
      throw { code: "#N/A", message: "không có" };
    });
    excel.registerFunction("CHITIEU.BOOM", () => {
      throw new Error("boom");
    });
    expect(await excel.values("Sheet1", "A1:B1")).toEqual([["#N/A", "#VALUE!"]]);
  });

  it("recalculates dependents when a precedent changes", async () => {
    const excel = sheetWith([[1, "=A1*10", "=B1+1"]]);
    expect(await excel.values("Sheet1", "C1")).toEqual([[11]]);
    await excel.userEdit("Sheet1", "A1", [[5]]);
    expect(await excel.values("Sheet1", "C1")).toEqual([[51]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[2, null, null]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2, 20, 21]]);
    });
  });

  it("rejects a typed malformed formula like Excel's formula check", async () => {
    const excel = sheetWith([[]]);
    expect(await excel.userEdit("Sheet1", "A1", [["=SUM(1,"]])).toEqual({
      accepted: false,
      reason: "InvalidFormula",
    });
  });
});

describe("omitted arguments", () => {
  it("passes null for an argument left empty, as Excel does for an omitted optional parameter", async () => {
    const excel = createFakeExcel();
    excel.registerFunction("T.ARGS", (...args: unknown[]) => JSON.stringify(args));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [['=T.ARGS(1,,"x")']];
      await context.sync();
    });
    expect(await excel.values("Sheet1", "A1")).toEqual([['[1,null,"x"]']]);
  });
});

describe("blank cells as custom-function arguments", () => {
  it.each([
    [undefined, "[0]"],
    [0 as const, "[0]"],
    [null, "[null]"],
  ])("blankArgument %p passes a blank cell as %s", async (blankArgument, shown) => {
    const excel = createFakeExcel({ blankArgument, sheets: [{ name: "S", values: [["", "=T.ARGS(A1)"]] }] });
    excel.registerFunction("T.ARGS", (...args: unknown[]) => JSON.stringify(args));
    expect(await excel.values("S", "B1")).toEqual([[shown]]);
  });
});
