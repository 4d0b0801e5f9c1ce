import { createRegistrySheet } from "../../src/excel/registrySheet";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel } from "../../src/fake-excel";
import { REGISTRY_MARKER, REGISTRY_SHEET_NAME } from "../../src/sources";

const activeSheet = (excel: ReturnType<typeof createFakeExcel>) =>
  excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return sheet.name;
  });

describe("the unit list sheet", () => {
  it("is added beside the clerk's sheets, ready to fill, in 3 syncs, with no temporary sheet left", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Ghi chú", values: [["x"]] }] });
    const before = excel.syncCount;
    const name = await createRegistrySheet(excel.run, ALL_CAPABILITIES);
    expect(excel.syncCount - before).toBe(3);
    expect(name).toBe(REGISTRY_SHEET_NAME);
    expect(excel.sheetNames()).toEqual(["Ghi chú", REGISTRY_SHEET_NAME]);
    expect(await activeSheet(excel)).toBe(REGISTRY_SHEET_NAME);
    expect(await excel.values(name, "A1:B2")).toEqual([
      [REGISTRY_MARKER, ""],
      ["Mã đơn vị", "Tên đơn vị"],
    ]);
  });

  it("takes another name when the workbook already has one, never writing over it", async () => {
    const excel = createFakeExcel({ sheets: [{ name: REGISTRY_SHEET_NAME, values: [["của tôi"]] }] });
    const name = await createRegistrySheet(excel.run, ALL_CAPABILITIES);
    expect(name).not.toBe(REGISTRY_SHEET_NAME);
    expect(await excel.values(REGISTRY_SHEET_NAME, "A1")).toEqual([["của tôi"]]);
    expect(excel.sheetNames()).toEqual([REGISTRY_SHEET_NAME, name]);
  });
});
