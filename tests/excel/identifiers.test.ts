import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { mergeWorkbook } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel } from "../../src/fake-excel";
import { FUNCTIONS } from "../../src/functions/register";

/** The cells of a sheet's column A, as Excel holds them. */
const columnA = async (excel: ReturnType<typeof createFakeExcel>, sheet: string) =>
  (await excel.values(sheet, "A1:B300")).map((r) => r[0]);
const columnB = async (excel: ReturnType<typeof createFakeExcel>, sheet: string) =>
  (await excel.values(sheet, "A1:B300")).map((r) => r[1]);

describe("identifiers are written as text", () => {
  it("keeps target 2.10 as “2.10” on the report sheet, so a chair's formula can point at it", async () => {
    const excel = createFakeExcel();
    for (const [id, fn] of Object.entries(FUNCTIONS)) excel.registerFunction(`CHITIEU.${id}`, fn);
    const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const codes = await columnB(excel, sheet);
    expect(codes).toContain("2.10");
    expect(codes).not.toContain(2.1);
    const row = codes.indexOf("2.10") + 1;
    await excel.userEdit(sheet, "K1", [[`=CHITIEU.TARGETTEXT(B${row})`]]);
    await excel.settle();
    expect((await excel.values(sheet, "K1"))[0][0]).toBe(fw.targets.find((t) => t.code === "2.10")!.text.vi);
  });

  it("keeps target codes and unit codes as text on the consolidated sheet", async () => {
    const excel = createFakeExcel();
    const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
    const type = (field: string, value: unknown) =>
      excel.userEdit(sheet, `D${keys.indexOf(`chitieu:${field}`) + 1}`, [[value]], "paste");
    await type("unit_code", "007");
    await type("period_kind", "Năm");
    await type("year", 2025);
    const { sheet: merged, units } = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
    const cells = await columnA(excel, merged);
    expect(cells).toContain("2.10");
    expect(cells).not.toContain(2.1);
    const unitCodes = await columnA(excel, units);
    expect(unitCodes).toContain("007");
    expect(unitCodes).not.toContain(7);
  });
});
