import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { startLiveValidation } from "../../src/excel/liveValidation";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { selectCell } from "../../src/excel/selectCell";
import { validateSheet, validateSheets, type SheetCheck } from "../../src/excel/validateSheet";
import { createFakeExcel } from "../../src/fake-excel";

async function setUp() {
  const excel = createFakeExcel({ sheets: [{ name: "Ghi chú", values: [["không phải báo cáo"]] }] });
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
  const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
  const row = (field: string) => keys.indexOf(`chitieu:${field}`) + 1;
  const checks: SheetCheck[] = [];
  const errors: unknown[] = [];
  const stop = await startLiveValidation(
    excel.run,
    fw,
    (c) => checks.push(c),
    (e) => errors.push(e),
  );
  const last = () => checks[checks.length - 1];
  return { excel, sheet, row, checks, errors, stop, last };
}

describe("live validation of a report sheet", () => {
  it("lists a bad paste with its cell and message, writes the message beside it, and clears both once fixed", async () => {
    const { excel, sheet, row, last, errors } = await setUp();
    await excel.userEdit(sheet, `D${row("members")}`, [["-4"]], "paste");
    await excel.settle();
    const issue = last().issues.find((i) => i.field === "members")!;
    expect(issue).toMatchObject({ sheet, cell: `D${row("members")}`, code: "negative" });
    expect(issue.message.en).toMatch(/cannot be negative/);
    expect(await excel.values(sheet, `I${row("members")}`)).toEqual([[issue.message.vi]]);

    await excel.userEdit(sheet, `D${row("members")}`, [[40]]);
    await excel.settle();
    expect(last().issues.filter((i) => i.field === "members")).toEqual([]);
    expect(await excel.values(sheet, `I${row("members")}`)).toEqual([[""]]);
    expect(errors).toEqual([]);
  });

  it("checks a pasted 300-row block in at most 2 syncs", async () => {
    const { excel, sheet, row, last } = await setUp();
    const block = Array.from({ length: 300 }, (_, i) => [i % 7 === 0 ? "abc" : String(i)]);
    const start = row("employees");
    const before = excel.syncCount;
    await excel.userEdit(sheet, `D${start}:D${start + 299}`, block, "paste");
    await excel.settle();
    expect(excel.syncCount - before).toBeLessThanOrEqual(2);
    expect(last().issues.find((i) => i.field === "employees")?.code).toBe("not_number");
  });

  it("ignores the add-in's own writes, so it never loops", async () => {
    const { excel, sheet, row, checks } = await setUp();
    await excel.userEdit(sheet, `D${row("members")}`, [["x"]], "paste");
    await excel.settle();
    const count = checks.length;
    await excel.settle();
    expect(checks.length).toBe(count);
    expect(count).toBe(1);
  });

  it("ignores sheets that are not reports and stops when asked", async () => {
    const { excel, sheet, row, checks, stop } = await setUp();
    await excel.userEdit("Ghi chú", "A2", [["ghi chú"]]);
    await excel.settle();
    expect(checks).toEqual([]);
    await stop();
    await excel.userEdit(sheet, `D${row("members")}`, [["x"]], "paste");
    await excel.settle();
    expect(checks).toEqual([]);
  });
});

describe("checking and jumping to a cell", () => {
  it("checks a whole sheet on demand, reading it in one sync when nothing changes", async () => {
    const excel = createFakeExcel();
    const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
    let before = excel.syncCount;
    const check = (await validateSheet(excel.run, fw, sheet))!;
    expect(excel.syncCount - before).toBe(2);
    expect(check.issues.map((i) => i.code)).toEqual(["required", "required", "required", "required"]);
    before = excel.syncCount;
    await validateSheet(excel.run, fw, sheet);
    expect(excel.syncCount - before).toBe(1);
  });

  it("checks every report sheet in 4 syncs whether there are 5 or 20, merged areas included (3 when nothing changes)", async () => {
    for (const n of [5, 20]) {
      const excel = createFakeExcel({ sheets: [{ name: "Ghi chú", values: [["không phải báo cáo"]] }] });
      const sheets: string[] = [];
      for (let i = 0; i < n; i++) sheets.push(await insertTemplate(excel.run, fw, ALL_CAPABILITIES));
      let before = excel.syncCount;
      const checks = await validateSheets(excel.run, fw, true);
      expect(excel.syncCount - before).toBe(4);
      expect(checks.map((c) => c.sheet)).toEqual(sheets);
      for (const c of checks)
        expect(c.issues.map((i) => i.code)).toEqual(["required", "required", "required", "required"]);
      before = excel.syncCount;
      await validateSheets(excel.run, fw);
      expect(excel.syncCount - before).toBe(3);
    }
  });

  it("selects the cell of an issue", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    await selectCell(excel.run, "B", "D12");
    expect(excel.selectionAddress()).toBe("B!D12");
  });
});
