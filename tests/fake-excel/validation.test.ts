import { createFakeExcel } from "../../src/fake-excel";

async function withRule(rule: Excel.DataValidationRule, address = "B2:B4") {
  const excel = createFakeExcel();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    range.dataValidation.rule = rule;
    range.dataValidation.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: "Sai",
      message: "Nhập số nguyên",
    };
    await context.sync();
  });
  return excel;
}

async function invalidAddress(excel: ReturnType<typeof createFakeExcel>, address = "B2:B4") {
  return excel.run(async (context) => {
    const invalid = context.workbook.worksheets
      .getItem("Sheet1")
      .getRange(address)
      .dataValidation.getInvalidCellsOrNullObject();
    invalid.load("address");
    await context.sync();
    return invalid.isNullObject ? null : invalid.address;
  });
}

describe("data validation", () => {
  it("finds invalid cells of a whole-number rule, and none when all are valid", async () => {
    const excel = await withRule({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(await invalidAddress(excel)).toBeNull();
    await excel.userEdit("Sheet1", "B2:B4", [[5], [150], [2.5]]);
    expect(await invalidAddress(excel)).toBe("Sheet1!B3:B4");
  });

  it("rejects getInvalidCells with ItemNotFound when everything is valid", async () => {
    const excel = await withRule({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    const attempt = excel.run(async (context) => {
      const invalid = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B2:B4")
        .dataValidation.getInvalidCells();
      invalid.load("address");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("evaluates list, decimal, textLength, date and custom rules", async () => {
    const cases: Array<[Excel.DataValidationRule, unknown, unknown]> = [
      [{ list: { inCellDropDown: true, source: "Đạt,Không đạt" } }, "đạt", "Khác"],
      [{ decimal: { formula1: 0.5, operator: "GreaterThan" } }, 0.75, 0.25],
      [{ textLength: { formula1: 3, operator: "LessThanOrEqualTo" } }, "abc", "abcd"],
      [{ date: { formula1: "2024-01-01", operator: "GreaterThanOrEqualTo" } }, 45300, 45000],
      [{ custom: { formula: "=B2>A2" } }, 10, 0],
    ];
    for (const [rule, good, bad] of cases) {
      const excel = await withRule(rule, "B2:B3");
      await excel.userEdit("Sheet1", "A2:B3", [
        [1, good],
        [1, bad],
      ]);
      expect(await invalidAddress(excel, "B2:B3")).toBe("Sheet1!B3");
    }
  });

  it("rejects a typed value that breaks a Stop rule but accepts the same value pasted", async () => {
    const excel = await withRule({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(await excel.userEdit("Sheet1", "B2", [[500]])).toEqual({
      accepted: false,
      reason: "ValidationStop",
    });
    expect(await excel.values("Sheet1", "B2")).toEqual([[""]]);
    expect(await excel.userEdit("Sheet1", "B2", [[500]], "paste")).toEqual({ accepted: true });
    expect(await excel.values("Sheet1", "B2")).toEqual([[500]]);
    expect(await invalidAddress(excel)).toBe("Sheet1!B2");
  });

  it("lets a typed value through a Warning rule", async () => {
    const excel = await withRule({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:B4").dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "",
        message: "",
      };
    });
    expect(await excel.userEdit("Sheet1", "B2", [[500]])).toEqual({ accepted: true });
  });

  it("reads back the rule and type, and clears it", async () => {
    const excel = await withRule({ list: { inCellDropDown: true, source: "a,b" } });
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B4").dataValidation;
      validation.load("rule,type,errorAlert");
      await context.sync();
      expect(validation.type).toBe("List");
      expect(validation.rule.list?.source).toBe("a,b");
      expect(validation.errorAlert.message).toBe("Nhập số nguyên");
      validation.clear();
      validation.load("type");
      await context.sync();
      expect(validation.type).toBe("None");
    });
  });
});
