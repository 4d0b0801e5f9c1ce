import { createFakeExcel } from "../../src/fake-excel";

async function calculated(formulas: string[], values: unknown[][] = [[1], [2], [3], [""], ["x"]]) {
  const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values }, { name: "Data" }] });
  return excel.Excel.run(async (context) => {
    const cells = context.workbook.worksheets.getItem("Data").getRange(`A1:A${formulas.length}`);
    cells.formulas = formulas.map((f) => [f]);
    cells.load("values");
    await context.sync();
    return cells.values.map((r) => r[0]);
  });
}

describe("formulas", () => {
  it("calculates the functions clerks and chairs use — Excel functions (by category), support.microsoft.com", async () => {
    const results = await calculated([
      "=AVERAGE(Sheet1!A1:A3)",
      "=ROUND(2.345,2)",
      '=COUNTIF(Sheet1!A1:A5,">1")',
      '=IFERROR(1/0,"none")',
      "=COUNTA(Sheet1!A1:A5)",
      '=SUMIFS(Sheet1!A1:A3,Sheet1!A1:A3,">=2")',
      '=TEXTJOIN("-",TRUE,Sheet1!A1:A3)',
      "=VLOOKUP(2,Sheet1!A1:A3,1,FALSE)",
      "=XLOOKUP(3,Sheet1!A1:A3,Sheet1!A1:A3)",
      "=YEAR(DATE(2025,12,20))",
      "=ERROR.TYPE(1/0)",
      '=IF(AND(Sheet1!A1>0,NOT(ISBLANK(Sheet1!A4))),"filled","blank")',
    ]);
    expect(results).toEqual([2, 2.35, 2, "none", 4, 5, "1-2-3", 2, 3, 2025, 2, "blank"]);
  });

  it("gives today's date as a serial number — TODAY function, support.microsoft.com", async () => {
    const [today] = await calculated(["=TODAY()"]);
    const expected = Math.floor((Date.now() - Date.UTC(1899, 11, 30)) / 86400000);
    expect(Math.abs((today as number) - expected)).toBeLessThanOrEqual(1);
  });

  it("reads whole columns and sheet-qualified ranges — Overview of formulas in Excel (references)", async () => {
    expect(await calculated(["=SUM(Sheet1!A:A)", "=SUM(Sheet1!A1:Sheet1!A3)", "=SUM(Sheet1!1:2)"])).toEqual([
      6, 6, 3,
    ]);
  });

  it("gives #NAME? for a function Excel does not know — How to correct a #NAME? error", async () => {
    expect(await calculated(["=NOSUCHFUNCTION(1)"])).toEqual(["#NAME?"]);
  });
});

describe("inserting and deleting cells", () => {
  async function afterShift(change: (sheet: Excel.Worksheet) => void) {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[1], [2], [3]] }] });
    return excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1:C3").formulas = [["=SUM(A1:A3)"], ["=A3*10"], ["=Sheet1!A2"]];
      await context.sync();
      change(sheet);
      const result = sheet.getUsedRange().load("formulas, values");
      await context.sync();
      return result;
    });
  }

  it("moves references past inserted rows and grows the blocks they cut — Insert or delete cells, rows, and columns", async () => {
    const range = await afterShift((sheet) => sheet.getRange("2:2").insert("Down"));
    expect(range.formulas.map((r) => r[2])).toEqual(["=SUM(A1:A4)", "", "=A4*10", "=Sheet1!A3"]);
    expect(range.values.map((r) => r[2])).toEqual([6, "", 30, 2]);
  });

  it("turns a reference to deleted cells into #REF! and shrinks a block — Insert or delete cells, rows, and columns", async () => {
    const range = await afterShift((sheet) => sheet.getRange("A3").delete("Up"));
    expect(range.formulas.map((r) => r[2])).toEqual(["=SUM(A1:A2)", "=#REF!*10", "=Sheet1!A2"]);
    expect(range.values.map((r) => r[2])).toEqual([3, "#REF!", 2]);
  });
});
