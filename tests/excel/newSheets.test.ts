import { defaultFramework as fw } from "../../src/domain";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { upgradeTemplate } from "../../src/excel/upgradeTemplate";
import { createFakeExcel } from "../../src/fake-excel";
import { Failure } from "../../src/shared/failure";
import { reportSheets } from "./reportBook";

/** A report sheet whose name has Excel's longest length, beside another sheet that is active. */
function workbook() {
  const name = "Báo cáo năm 2025 của Trường THPT".slice(0, 31);
  const excel = createFakeExcel({
    sheets: [{ name: "Ghi chú" }, { name, values: reportSheets(1)[0].values }],
  });
  return { excel, name };
}

const lastCommand = (excel: ReturnType<typeof createFakeExcel>) =>
  excel.syncs.filter((s) => !s.cleanup).at(-1)!.commands;

describe("new sheets put in place of old ones", () => {
  it("replace a sheet of Excel's longest name, and give it back when the last command fails", async () => {
    const clean = workbook();
    await upgradeTemplate(clean.excel.run, fw, ALL_CAPABILITIES, clean.name);
    expect(clean.excel.sheetNames()).toEqual(["Ghi chú", clean.name]);

    const { excel, name } = workbook();
    const old = excel.sheet(name)!;
    excel.failAt({ sync: excel.syncCount + 2, command: lastCommand(clean.excel) });
    const error = await upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).text.vi).toMatch(/giữ nguyên như trước/);
    expect((error as Failure).text.en).toMatch(/left as it was/);
    expect(excel.sheetNames()).toEqual(["Ghi chú", name]);
    expect(excel.sheet(name)).toBe(old);
  });

  it("name the sheets to look at when every clean-up fails too", async () => {
    const { excel, name } = workbook();
    const base = excel.syncCount;
    excel.failAt({ sync: base + 2, command: 3 });
    for (let k = 3; k <= 8; k++) excel.failSync(base + k);
    const error = await upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Failure);
    const left = excel.sheetNames().filter((n) => n.includes("(đang tạo)"));
    expect(left).toEqual(["Báo cáo năm 2025 của (đang tạo)"]);
    expect((error as Failure).text.vi).toContain(`“${left[0]}”`);
    expect((error as Failure).text.en).toMatch(/could not be undone/);
  });
});
