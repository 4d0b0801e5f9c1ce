import { createFakeExcel } from "../../src/fake-excel";

async function watched() {
  const excel = createFakeExcel();
  const seen: Excel.WorksheetChangedEventArgs[] = [];
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
  });
  return { excel, seen };
}

describe("onChanged", () => {
  it("gives details for a single-cell change only — WorksheetChangedEventArgs.details", async () => {
    const { excel, seen } = await watched();
    await excel.userEdit("Sheet1", "B2", [[7]]);
    await excel.userEdit("Sheet1", "B3:C3", [[1, 2]]);
    await excel.settle();
    expect(seen.map((a) => [a.address, a.details?.valueAfter])).toEqual([
      ["B2", 7],
      ["B3:C3", undefined],
    ]);
    expect(seen[0].details).toMatchObject({
      valueBefore: "",
      valueTypeBefore: "Empty",
      valueTypeAfter: "Double",
    });
  });

  it("tells an add-in's write from a user's edit — WorksheetChangedEventArgs.triggerSource", async () => {
    const { excel, seen } = await watched();
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await excel.userEdit("Sheet1", "A2", [[2]]);
    await excel.settle();
    expect(seen.map((a) => a.triggerSource)).toEqual(["ThisLocalAddin", "Unknown"]);
  });

  it("hands the changed range to the handler — WorksheetChangedEventArgs.getRange", async () => {
    const excel = createFakeExcel();
    const addresses: string[] = [];
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add((args) =>
        excel.Excel.run(async (ctx) => {
          const range = args.getRange(ctx).load("address");
          await ctx.sync();
          addresses.push(range.address);
        }),
      );
      await context.sync();
    });
    await excel.userEdit("Sheet1", "C4:D5", [
      [1, 2],
      [3, 4],
    ]);
    await excel.settle();
    expect(addresses).toEqual(["Sheet1!C4:D5"]);
  });

  it("reports inserted cells with their change type — WorksheetChangedEventArgs.changeType", async () => {
    const { excel, seen } = await watched();
    await excel.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("3:3").insert("Down");
      await context.sync();
    });
    await excel.settle();
    expect(seen.map((a) => a.changeType)).toEqual(["RowInserted"]);
  });
});
