import { createFakeExcel } from "../../src/fake-excel";
import type { Locale } from "../../src/fake-excel/entry";

async function entered(text: string, locale: Locale = "en-US") {
  const excel = createFakeExcel({ locale });
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
    await context.sync();
  });
  const cell = await excel.cell("Sheet1", "A1");
  return { value: cell.value, numberFormat: cell.numberFormat };
}

// Excel reads text entered into a General cell as a number, percentage, date or boolean where it can
// ("Enter data manually in worksheet cells", "Format numbers as text", support.microsoft.com).
describe("text entered into a General cell", () => {
  it("reads a percentage as a fraction with a percent format — Format numbers as percentages (support.microsoft.com)", async () => {
    expect(await entered("50%")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(await entered("12.5%")).toEqual({ value: 0.125, numberFormat: "0.00%" });
  });

  it("reads thousands separators by the locale — Change the character used to separate thousands or decimals (support.microsoft.com)", async () => {
    expect(await entered("1,234,567")).toEqual({ value: 1234567, numberFormat: "#,##0" });
    expect(await entered("1.234.567", "vi-VN")).toEqual({ value: 1234567, numberFormat: "#,##0" });
    expect(await entered("2,5", "vi-VN")).toEqual({ value: 2.5, numberFormat: "General" });
  });

  it("reads a Vietnamese clerk's 20/12/2025 as a date — Insert a date in a worksheet cell (support.microsoft.com)", async () => {
    const vi = await entered("20/12/2025", "vi-VN");
    expect(vi).toEqual({ value: 46011, numberFormat: "dd/mm/yyyy" });
    expect(await entered("12/20/2025")).toEqual({ value: 46011, numberFormat: "m/d/yyyy" });
    expect((await entered("20/12/2025")).value).toBe("20/12/2025");
  });

  it("reads TRUE and FALSE as booleans — Enter data manually in worksheet cells (support.microsoft.com)", async () => {
    expect((await entered("TRUE")).value).toBe(true);
    expect((await entered("false")).value).toBe(false);
  });

  it("reads 2.10 as the number 2.1 — Format numbers as text (support.microsoft.com)", async () => {
    expect((await entered("2.10")).value).toBe(2.1);
  });

  it("keeps text behind a leading apostrophe, without the apostrophe — Format numbers as text (support.microsoft.com)", async () => {
    expect(await entered("'2.10")).toEqual({ value: "2.10", numberFormat: "General" });
    expect((await entered("'=1+1")).value).toBe("=1+1");
  });

  it("keeps text in a text-formatted cell — Format numbers as text (support.microsoft.com)", async () => {
    const excel = createFakeExcel();
    await excel.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.numberFormat = [["@"]];
      cell.values = [["2.10"]];
      await context.sync();
    });
    expect((await excel.cell("Sheet1", "A1")).value).toBe("2.10");
  });
});
