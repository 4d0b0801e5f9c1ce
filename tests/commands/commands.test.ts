import { MERGE_NOT_READY, mergeReports, showHelp } from "../../src/commands/commands";
import { lastPaneRequest } from "../../src/shared/paneRequest";
import { missingCapabilities } from "../../src/taskpane/capabilities";

function fakeOffice(showAsTaskpane: () => Promise<void>) {
  (globalThis as { Office?: unknown }).Office = { addin: { showAsTaskpane } };
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("ribbon commands", () => {
  it("“Tổng hợp” opens the pane with a clear message until the merge exists", async () => {
    const show = jest.fn(async () => undefined);
    fakeOffice(show);
    const completed = jest.fn();
    await mergeReports({ completed } as unknown as Office.AddinCommands.Event);
    expect(show).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastPaneRequest()).toBe(MERGE_NOT_READY);
    expect(MERGE_NOT_READY.notice?.text.vi).toMatch(/^Chức năng Tổng hợp báo cáo/);
  });

  it("“Trợ giúp” opens the pane on its help section, and completes even if the pane cannot open", async () => {
    fakeOffice(async () => Promise.reject(new Error("no pane")));
    const completed = jest.fn();
    await expect(showHelp({ completed } as unknown as Office.AddinCommands.Event)).rejects.toThrow("no pane");
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastPaneRequest()).toEqual({ section: "help" });
  });
});

describe("requirement sets above the manifest's", () => {
  it("names what an older Excel lacks, and nothing outside Office", () => {
    const old = missingCapabilities((set, version) => set === "ExcelApi" && Number(version) <= 1.7);
    expect(old.map((c) => c.text.vi)).toEqual(["kiểm tra dữ liệu nhập trong mẫu báo cáo"]);
    expect(missingCapabilities(() => true)).toEqual([]);
    expect(missingCapabilities(undefined)).toEqual([]);
  });
});
