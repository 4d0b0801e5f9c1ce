import { createFakeExcel } from "../../src/fake-excel";

describe("named items", () => {
  it("adds a workbook name for a range and reads it back — Work with named items (NamedItemCollection.add)", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [[1], [2], [3]] }] });
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("Total", sheet.getRange("A1:A3"), "the column");
      sheet.getRange("B1").formulas = [["=SUM(Total)"]];
      const name = context.workbook.names.getItem("Total").load("name, type, value");
      const range = context.workbook.names.getItem("Total").getRange().load("address");
      await context.sync();
      expect([name.name, name.type, name.value, range.address]).toEqual([
        "Total",
        "Range",
        "Sheet1!$A$1:$A$3",
        "Sheet1!A1:A3",
      ]);
    });
    expect(await excel.values("Sheet1", "B1")).toEqual([[6]]);
  });

  it("rejects a duplicate name with ItemAlreadyExists and an absent one with ItemNotFound — NamedItemCollection", async () => {
    const excel = createFakeExcel();
    const codes = await Promise.all(
      [
        (context: Excel.RequestContext) => {
          context.workbook.names.add("X", "=Sheet1!$A$1");
          context.workbook.names.add("x", "=Sheet1!$A$2");
        },
        (context: Excel.RequestContext) => void context.workbook.names.getItem("Absent").load("name"),
      ].map((queue) =>
        excel.Excel.run(async (context) => {
          queue(context);
          await context.sync();
        }).then(
          () => "ok",
          (e: { code: string }) => e.code,
        ),
      ),
    );
    expect(codes).toEqual(["ItemAlreadyExists", "ItemNotFound"]);
  });
});
