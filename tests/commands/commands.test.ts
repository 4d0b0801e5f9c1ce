import { mergeReports, showHelp, showTemplate } from "../../src/commands/commands";
import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { lastPaneRequest } from "../../src/shared/paneRequest";
import { missingCapabilities } from "../../src/shared/capabilities";

function fakeOffice(showAsTaskpane: () => Promise<void>, excel?: FakeExcel, newest = "1.9") {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  g.Office = {
    addin: { showAsTaskpane },
    context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) <= Number(newest) } },
  };
  g.Excel = excel ? { run: excel.run } : undefined;
}

async function reportFor(excel: FakeExcel, code: string) {
  const values = {
    unit_code: code,
    unit_name: `Đơn vị ${code}`,
    period_kind: "Năm",
    year: 2025,
    members: 40,
  };
  await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: `BC ${code}`, values });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("ribbon commands", () => {
  it("“Tổng hợp” merges the workbook's report sheets in one click and opens the pane on the summary", async () => {
    const excel = createFakeExcel();
    await reportFor(excel, "DV01");
    await reportFor(excel, "DV02");
    const show = jest.fn(async () => undefined);
    fakeOffice(show, excel);
    const completed = jest.fn();
    await mergeReports({ completed } as unknown as Office.AddinCommands.Event);
    expect(show).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
    const request = lastPaneRequest()!;
    expect(request.section).toBe("merge");
    expect(request.merged?.consolidation.units.map((u) => u.code)).toEqual(["DV01", "DV02"]);
    expect(excel.sheetNames()).toContain(request.merged?.sheet);
  });

  it("“Tổng hợp” says why instead of failing: an old Excel, or a failed sync", async () => {
    const excel = createFakeExcel();
    fakeOffice(async () => undefined, excel, "1.5");
    await mergeReports({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    expect(lastPaneRequest()?.notice).toMatchObject({ intent: "warning" });
    fakeOffice(async () => undefined, excel);
    excel.failSync(excel.syncCount + 1);
    await mergeReports({ completed: jest.fn() } as unknown as Office.AddinCommands.Event);
    expect(lastPaneRequest()?.notice?.intent).toBe("error");
    expect(lastPaneRequest()?.notice?.text.vi).toMatch(/^Không thực hiện được/);
  });

  it("“Mẫu báo cáo” and “Trợ giúp” open their sections, and complete even if the pane cannot open", async () => {
    fakeOffice(async () => Promise.reject(new Error("no pane")));
    const completed = jest.fn();
    await expect(showHelp({ completed } as unknown as Office.AddinCommands.Event)).rejects.toThrow("no pane");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastPaneRequest()).toEqual({ section: "help" });
    await expect(showTemplate({ completed } as unknown as Office.AddinCommands.Event)).rejects.toThrow();
    expect(lastPaneRequest()).toEqual({ section: "report" });
  });
});

describe("requirement sets above the manifest's", () => {
  it("names what an older Excel lacks, and nothing outside Office", () => {
    const old = missingCapabilities((set, version) => set === "ExcelApi" && Number(version) <= 1.7);
    expect(old.map((c) => c.text.vi)).toEqual([
      "chèn và nâng cấp mẫu báo cáo",
      "kiểm tra ngay khi nhập",
      "đặt khổ giấy A4 khi in",
    ]);
    expect(missingCapabilities(() => true)).toEqual([]);
    expect(missingCapabilities(undefined)).toEqual([]);
  });
});
