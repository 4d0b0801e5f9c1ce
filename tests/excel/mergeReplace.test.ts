import { mergeFromRibbon } from "../../src/commands/mergeFromRibbon";
import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { mergeWorkbook, type PreviousConsolidation } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";

const SHEET = "Tổng hợp Năm 2025";

async function mergedOnce() {
  const excel = createFakeExcel();
  for (const code of ["DV01", "DV02"])
    await insertTemplate(excel.run, fw, ALL_CAPABILITIES, {
      name: `BC ${code}`,
      values: { unit_code: code, unit_name: `Đơn vị ${code}`, period_kind: "Năm", year: 2025, members: 40 },
    });
  await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES);
  return excel;
}

const snapshot = (excel: FakeExcel) =>
  Promise.all(excel.sheetNames().map(async (n) => [n, await excel.values(n, "A1:T80")]));

/** The officer signs the consolidated sheet under its table. */
const sign = (excel: FakeExcel) => excel.userEdit(SHEET, "B70", [["Đã ký: Nguyễn Văn A"]], "type");

function asked(answer: "replace" | "beside" | "cancel") {
  const questions: PreviousConsolidation[] = [];
  const confirmReplace = async (previous: PreviousConsolidation) => {
    questions.push(previous);
    return answer;
  };
  return { questions, confirmReplace };
}

// Each case builds report sheets on Microsoft's client: slow on a busy machine.
jest.setTimeout(60_000);

describe("merging a period again, when the workbook holds its consolidation", () => {
  it("asks which sheet it replaces, says it was not edited since, and replaces it on yes", async () => {
    const excel = await mergedOnce();
    const { questions, confirmReplace } = asked("replace");
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { confirmReplace });
    expect(questions).toEqual([{ sheet: SHEET, edited: false }]);
    expect(outcome.previous).toEqual({ sheet: SHEET, edited: false, replaced: true });
    expect(excel.sheetNames().filter((n) => n.startsWith("Tổng hợp"))).toEqual([SHEET]);
  });

  it("says an annotated sheet was edited; cancel leaves the workbook exactly as it was", async () => {
    const excel = await mergedOnce();
    await sign(excel);
    const before = await snapshot(excel);
    const { questions, confirmReplace } = asked("cancel");
    await expect(mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { confirmReplace })).rejects.toMatchObject({
      name: "MergeCancelled",
      text: { vi: `Chưa tổng hợp: trang “${SHEET}” được giữ nguyên` },
    });
    expect(questions).toEqual([{ sheet: SHEET, edited: true }]);
    expect(await snapshot(excel)).toEqual(before);
  });

  it("writes the new consolidation beside the old one when asked to", async () => {
    const excel = await mergedOnce();
    await sign(excel);
    const old = await excel.values(SHEET, "A1:T80");
    const outcome = await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, asked("beside"));
    expect(outcome.sheet).not.toBe(SHEET);
    expect(outcome.previous).toEqual({ sheet: SHEET, edited: true, replaced: false });
    expect(await excel.values(SHEET, "A1:T80")).toEqual(old);
  });

  it("from the ribbon, which cannot ask: replaces an unedited sheet, keeps an edited one and says so", async () => {
    const excel = await mergedOnce();
    const quiet = await mergeFromRibbon(excel.run, () => true);
    expect(quiet.merged?.sheet).toBe(SHEET);
    expect(quiet.notice).toBeUndefined();

    await sign(excel);
    const old = await excel.values(SHEET, "A1:T80");
    const request = await mergeFromRibbon(excel.run, () => true);
    expect(request.merged?.sheet).toBe(`${SHEET} (2)`);
    expect(request.notice).toEqual({
      intent: "warning",
      text: {
        vi: `Trang “${SHEET}” đã được sửa sau khi tạo nên được giữ nguyên; kết quả tổng hợp mới ở trang “${SHEET} (2)”.`,
        en: `The sheet “${SHEET}” was edited after it was made, so it is kept; the new consolidation is on “${SHEET} (2)”.`,
      },
    });
    expect(await excel.values(SHEET, "A1:T80")).toEqual(old);
  });

  it("reads a consolidation made before edits could be told, and the ribbon keeps it", async () => {
    const excel = await mergedOnce();
    // Made by an earlier version: the marker without the digest beside it.
    const row1 = (await excel.values(SHEET, "A1:AZ1"))[0];
    const digest = row1.findIndex((v) => typeof v === "string" && v.startsWith("chitieu-written/"));
    expect(digest).toBeGreaterThan(0);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(0, digest, 1, 1).clear();
      await context.sync();
    });
    const { questions, confirmReplace } = asked("replace");
    await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { confirmReplace });
    expect(questions).toEqual([{ sheet: SHEET, edited: null }]);
    expect(excel.sheetNames().filter((n) => n.startsWith("Tổng hợp"))).toEqual([SHEET]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRangeByIndexes(0, digest, 1, 1).clear();
      await context.sync();
    });
    const request = await mergeFromRibbon(excel.run, () => true);
    expect(request.merged?.sheet).toBe(`${SHEET} (2)`);
    expect(request.notice?.text.vi).toMatch(/^Không biết trang “Tổng hợp Năm 2025” có được sửa/);
  });
});
