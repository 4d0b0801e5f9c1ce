import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { readReport, readReports } from "../../src/excel/readReports";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { planTemplateUpgrade, upgradeTemplate } from "../../src/excel/upgradeTemplate";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { Failure } from "../../src/shared/failure";

/** A clerk's filled report on an older template (its marker says version 0), keys in column A. */
async function oldReport(excel: FakeExcel) {
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: "DV01" });
  const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
  const row = (field: string) => keys.indexOf(`chitieu:${field}`) + 1;
  const type = (address: string, value: unknown) => excel.userEdit(sheet, address, [[value]], "paste");
  await type(`D${row("unit_code")}`, "DV01");
  await type(`D${row("period_kind")}`, "Năm");
  await type(`D${row("year")}`, 2025);
  await type(`D${row("members")}`, 40);
  await type(`D${row("members_with_initiatives")}`, 6);
  await type("A1", `chitieu-report/1/${fw.id}/0`);
  return { sheet, row };
}

/** Everything the workbook holds, cell by cell, for “nothing changed” assertions. */
async function snapshot(excel: FakeExcel) {
  return Promise.all(
    excel.sheetNames().map(async (name) => ({ name, cells: await excel.values(name, "A1:M90") })),
  );
}

// Each case builds report sheets on Microsoft's client: slow on a busy machine.
jest.setTimeout(60_000);

describe("redoing a report sheet from the current template", () => {
  it("keeps a chair's formulas, extra columns and notes, with references moved along with the cells", async () => {
    const excel = createFakeExcel();
    const { sheet, row } = await oldReport(excel);
    const members = row("members");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      // The chair inserts a row under the members row and a column after the template…
      ws.getRange(`${members + 1}:${members + 1}`).insert("Down");
      ws.getRange(`C${members + 1}`).values = [["Ghi chú: số liệu tháng 12"]];
      ws.getRange("J1:J2").values = [["Của tôi"], ["=SUM(1,2)"]];
      ws.getRange(`J${members}`).formulas = [[`=D${members}*2`]];
      // …and text that only looks like a formula, typed as text.
      ws.getRange(`K${members}`).numberFormat = [["@"]];
      ws.getRange(`K${members}`).values = [["=không phải công thức"]];
      await context.sync();
    });

    const plan = await planTemplateUpgrade(excel.run, fw, sheet);
    expect(plan.current).toBe(false);
    expect(plan.kept.map((k) => k.from)).toEqual(
      expect.arrayContaining(["J1", "J2", `J${members}`, `K${members}`, `C${members + 1}`]),
    );
    expect(plan.kept.find((k) => k.from === `J${members}`)).toMatchObject({
      formula: true,
      content: `=D${members}*2`,
      to: `J${members}`,
    });
    expect(plan.values.find((v) => v.field === "members")).toMatchObject({
      content: "40",
      to: `D${members}`,
    });

    await upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, sheet, plan);

    expect((await excel.cell(sheet, `J${members}`)).formula).toBe(`=D${members}*2`);
    expect((await excel.values(sheet, `J${members}:K${members}`))[0]).toEqual([80, "=không phải công thức"]);
    expect((await excel.cell(sheet, `K${members}`)).formula).toBeUndefined();
    expect((await excel.values(sheet, "J1:J2")).map((r) => r[0])).toEqual(["Của tôi", 3]);
    const note = plan.kept.find((k) => k.from === `C${members + 1}`)!;
    expect((await excel.values(sheet, note.to))[0][0]).toBe("Ghi chú: số liệu tháng 12");
    const read = (await readReport(excel.run, fw, sheet))!;
    expect(read.current).toBe(true);
    expect(read.report.values).toMatchObject({ unit_code: "DV01", members: 40, members_with_initiatives: 6 });
  });

  it("lists the template's cells a user typed over, which the template replaces", async () => {
    const excel = createFakeExcel();
    const { sheet } = await oldReport(excel);
    const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
    const target = keys.findIndex((k) => typeof k === "string" && k.startsWith("chitieu:target:")) + 1;
    await excel.userEdit(sheet, `C${target}`, [["Chỉ tiêu tôi tự đặt tên"]], "paste");

    const plan = await planTemplateUpgrade(excel.run, fw, sheet);
    expect(plan.replaced).toEqual([{ cell: `C${target}`, content: "Chỉ tiêu tôi tự đặt tên" }]);
    expect(plan.kept).toEqual([]);
  });

  it("says a sheet on the current template is up to date", async () => {
    const excel = createFakeExcel();
    const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: "DV01" });
    expect((await planTemplateUpgrade(excel.run, fw, sheet)).current).toBe(true);
    expect((await readReports(excel.run, fw))[0].current).toBe(true);
    const { sheet: older } = await oldReport(excel);
    expect((await readReports(excel.run, fw)).map((r) => [r.sheet, r.current])).toEqual([
      [sheet, true],
      [older, false],
    ]);
  });

  it("asking changes nothing, and a sheet changed since it was asked is not redone", async () => {
    const excel = createFakeExcel();
    const { sheet, row } = await oldReport(excel);
    const before = await snapshot(excel);
    const plan = await planTemplateUpgrade(excel.run, fw, sheet);
    expect(await snapshot(excel)).toEqual(before);

    await excel.userEdit(sheet, "J3", [["=1+1"]], "type");
    const edited = await snapshot(excel);
    await expect(upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, sheet, plan)).rejects.toMatchObject({
      text: { en: expect.stringContaining("changed since you were asked") },
    });
    expect(await snapshot(excel)).toEqual(edited);
    expect((await excel.values(sheet, `D${row("members")}`))[0][0]).toBe(40);
  });

  it("says in both languages that Excel failed while it was asked, the workbook as it was", async () => {
    const excel = createFakeExcel();
    const { sheet } = await oldReport(excel);
    const before = await snapshot(excel);
    const failure = (code: string) => ({
      text: {
        vi: expect.stringContaining(`Excel báo lỗi (${code}`),
        en: expect.stringContaining(`Excel reported an error (${code}`),
      },
    });
    // The asking sync only reads: it has no command for `failAt` to fail at, so it is refused whole.
    excel.failSync(excel.syncCount + 1);
    const refused = await planTemplateUpgrade(excel.run, fw, sheet).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Failure);
    expect(refused).toMatchObject(failure("GeneralException"));
    expect(await snapshot(excel)).toEqual(before);

    // The sheet was deleted after the pane listed it.
    const gone = await planTemplateUpgrade(excel.run, fw, "Đã xoá").catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(Failure);
    expect(gone).toMatchObject(failure("ItemNotFound"));
  });
});
