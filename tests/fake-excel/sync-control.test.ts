import { createFakeExcel } from "../../src/fake-excel";

describe("sync counter, latency, faults and payload limit", () => {
  it("counts every sync", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
  });

  it("delays each sync by the injected latency", async () => {
    const excel = createFakeExcel({ latencyMs: 40 });
    const started = Date.now();
    await excel.run(async (context) => context.sync());
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("fails the k-th sync without applying any of its batch", async () => {
    const excel = createFakeExcel();
    excel.failSync(2);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      await context.sync();
      sheet.getRange("A2").values = [["second"]];
      context.workbook.worksheets.add("New");
      await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    });
    expect(await excel.values("Sheet1", "A1:A2")).toEqual([["first"], [""]]);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });

  it("keeps commands before a failing command applied, as Excel's batches are not transactional", async () => {
    const excel = createFakeExcel();
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["applied"]];
      context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["skipped"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(await excel.values("Sheet1", "A1:A2")).toEqual([["applied"], [""]]);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const excel = createFakeExcel();
    const big = Array.from({ length: 100000 }, () => ["Chỉ tiêu công đoàn viên chức tỉnh 2023–2028 ....."]);
    const attempt = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100000").values = big;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(await excel.values("Sheet1", "A1")).toEqual([[""]]);
  });

  it("accepts the same data split across syncs", async () => {
    const excel = createFakeExcel();
    const half = Array.from({ length: 50000 }, () => ["Chỉ tiêu công đoàn viên chức tỉnh 2023–2028 ....."]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A50000").values = half;
      await context.sync();
      sheet.getRange("A50001:A100000").values = half;
      await context.sync();
    });
    expect(await excel.values("Sheet1", "A100000")).toEqual([[half[0][0]]]);
  });
});
