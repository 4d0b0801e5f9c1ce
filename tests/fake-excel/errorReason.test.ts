import { createFakeExcel } from "../../src/fake-excel";
import { FunctionError } from "../../src/functions/excelError";

// Excel shows a custom function's error message when the pointer rests on the error cell.
describe("an error value keeps the message its custom function gave", () => {
  const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[5, "=X.CHECK(A1)", "=B1"]] }] });
  excel.registerFunction("X.CHECK", (n: number) => {
    if (n > 3) throw new FunctionError("#VALUE!", "quá lớn / too large");
    return n;
  });

  it("on the cell whose function failed, not on cells that merely refer to it", async () => {
    expect((await excel.cell("Sheet1", "B1")).value).toBe("#VALUE!");
    expect((await excel.cell("Sheet1", "B1")).errorReason).toBe("quá lớn / too large");
    expect((await excel.cell("Sheet1", "C1")).value).toBe("#VALUE!");
    expect((await excel.cell("Sheet1", "C1")).errorReason).toBeUndefined();
  });

  it("and drops it once the function succeeds", async () => {
    await excel.userEdit("Sheet1", "A1", [[2]]);
    const cell = await excel.cell("Sheet1", "B1");
    expect(cell.value).toBe(2);
    expect(cell).not.toHaveProperty("errorReason");
  });
});
