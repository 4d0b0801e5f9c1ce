import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defaultFramework as fw } from "../../src/domain";
import { readReportFile } from "../../src/xlsx";
import dv01 from "./fixtures/dv01.json";
import { run } from "./runCli";

describe("chitieu template --data", () => {
  it("never drops a value it cannot place: it writes it as given and says so", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-data-"));
    const data = path.join(dir, "dv01.json");
    writeFileSync(data, JSON.stringify({ ...dv01, values: { ...dv01.values, members_studied: "95,5" } }));
    const file = path.join(dir, "dv01.xlsx");
    const { code, err } = await run("template", "-o", file, "--data", data);
    expect(code).toBe(0);
    expect(err).toContain(
      "Số đoàn viên được tham gia học tập, quán triệt: số lượng phải là số nguyên (95.5)",
    );
    expect(err).toContain("Members who took part in the study: a count must be a whole number (95.5)");
    expect(err).toMatch(/“95,5”/);
    const [report] = await readReportFile(fw, readFileSync(file), "dv01.xlsx");
    expect(report.errors.map((e) => [e.code, e.field])).toEqual([["not_whole", "members_studied"]]);
  });
});
