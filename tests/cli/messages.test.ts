import { main } from "../../src/cli/main";
import { fixture } from "./runCli";

async function merged(...files: string[]) {
  const out: string[] = [];
  await main(["merge", ...files.map(fixture), "--json"], { out: (t) => out.push(t), err: () => undefined });
  return JSON.parse(out.join("\n"));
}

describe("messages are values to the edge", () => {
  it("keeps a bad JSON report's Vietnamese and English apart, and its problems as errors", async () => {
    const c = await merged("dv01.json", "not-a-report.json");
    const bad = c.excluded.find((e: { source: string }) => e.source.endsWith("not-a-report.json"));
    expect(bad.errors[0].code).toBe("not_report_json");
    expect(bad.errors[0].message.vi).toMatch(/không đúng mẫu báo cáo JSON$/);
    expect(bad.errors[0].message.en).toMatch(/is not a report in the JSON form$/);
    const problems = bad.errors.slice(1);
    expect(problems.map((e: { cell: string }) => e.cell)).toEqual(
      expect.arrayContaining(["unit.code", "period", "values"]),
    );
    for (const e of problems) expect(e.code).toBe("json_shape");
  });

  it("keeps a malformed JSON file's words in both languages", async () => {
    const c = await merged("dv01.json", "broken.json");
    const bad = c.excluded.find((e: { source: string }) => e.source.endsWith("broken.json"));
    expect(bad.errors[0].code).toBe("not_json");
    expect(bad.errors[0].message.vi).toMatch(/không phải JSON hợp lệ/);
    expect(bad.errors[0].message.en).toMatch(/is not valid JSON/);
  });
});
