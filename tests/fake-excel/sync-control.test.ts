import { createFakeExcel } from "../../src/fake-excel";

describe("sync counter, latency, faults and payload limit", () => {
  it("counts every request the client sends; a sync with nothing queued sends none, as in Excel", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      await context.sync();
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
  });

  it("does not count the client's own clean-up after Excel.run, and lists it apart", async () => {
    const excel = createFakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    await excel.settle();
    expect(excel.syncCount).toBe(1);
    expect(excel.syncs.map((s) => s.cleanup)).toEqual([false, true]);
  });

  it("measures each request and response in UTF-8 bytes of the real bodies", async () => {
    const excel = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["Chỉ tiêu"]] }] });
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      await context.sync();
    });
    const [sync] = excel.syncs;
    // "Chỉ tiêu" is 8 characters but 11 bytes in UTF-8: the response carries it once.
    expect(sync.responseBytes).toBeGreaterThan(JSON.stringify({ Values: [["Chỉ tiêu"]] }).length);
    expect(sync.requestBytes).toBeGreaterThan(0);
  });

  it("fails a sync at its k-th command: earlier commands stay applied, later ones never run", async () => {
    const excel = createFakeExcel();
    excel.failAt({ sync: 2, command: 2, code: "InvalidArgument" });
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["sync 1"]];
      await context.sync();
      sheet.getRange("A2").values = [["command 1"]];
      sheet.getRange("A3").values = [["command 2"]];
      sheet.getRange("A4").values = [["command 3"]];
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(await excel.values("Sheet1", "A1:A4")).toEqual([["sync 1"], ["command 1"], [""], [""]]);
  });

  it("rejects a response over the limit with ResponsePayloadSizeLimitExceeded, after applying the commands", async () => {
    const text = "Chỉ tiêu công đoàn viên chức tỉnh 2023–2028 .....";
    const excel = createFakeExcel({
      payloadLimitBytes: 100_000,
      sheets: [{ name: "Sheet1", values: Array.from({ length: 2000 }, () => [text]) }],
    });
    const attempt = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [["applied"]];
      sheet.getRange("A1:A2000").load("values");
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(await excel.values("Sheet1", "B1")).toEqual([["applied"]]);
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
