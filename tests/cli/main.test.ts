import { spawnSync } from "node:child_process";
import path from "node:path";
import { run, fixture } from "./runCli";

describe("chitieu evaluate", () => {
  it("reports each target's status, actual and threshold as JSON", async () => {
    const { code, out } = await run("evaluate", fixture("dv01.json"), "--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.errors).toEqual([]);
    const byCode = Object.fromEntries(result.targets.map((t: { code: string }) => [t.code, t]));
    expect(byCode["2.5"]).toMatchObject({ status: "not_met", actual: 14.58, threshold: 15 });
    expect(byCode["2.6c"]).toMatchObject({ status: "pending" });
    expect(byCode["2.7"]).toMatchObject({ status: "na" });
    expect(result.targets).toHaveLength(19);
  });

  it("lists every cell error in Vietnamese and English and exits non-zero", async () => {
    const { code, out } = await run("evaluate", fixture("dv04-invalid.json"));
    expect(code).toBe(1);
    expect(out).toContain("Số đoàn viên công đoàn: số lượng không được âm (-3)");
    expect(out).toContain("Union members: a count cannot be negative (-3)");
    expect(out).toContain("percentage");
  });

  it("explains a file that is not a report instead of throwing", async () => {
    const { code, err } = await run("evaluate", fixture("not-a-report.json"));
    expect(code).toBe(1);
    expect(err).toMatch(/không đúng mẫu báo cáo JSON/);
    expect(err).toMatch(/unit\.code/);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("explains unreadable JSON", async () => {
    const { code, err } = await run("evaluate", fixture("broken.json"));
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.json is not valid JSON/);
  });
});

describe("chitieu merge", () => {
  it("consolidates, keeps the latest duplicate, excludes other periods and invalid reports, lists missing units", async () => {
    const files = ["dv01.json", "dv02.json", "dv01-corrected.json", "dv03-h1.json", "dv04-invalid.json"].map(
      fixture,
    );
    const { code, out } = await run("merge", ...files, "--registry", fixture("units.csv"), "--json");
    expect(code).toBe(0);
    const c = JSON.parse(out);
    expect(c.period).toEqual({ kind: "year", year: 2025 });
    expect(c.units.map((u: { code: string }) => u.code)).toEqual(["DV01", "DV02"]);
    expect(c.duplicates).toHaveLength(1);
    expect(c.duplicates[0].kept.source).toMatch(/dv01-corrected\.json$/);
    expect(c.missing).toEqual([{ code: "DV05", name: "Trường Mầm non" }]);
    const excluded = Object.fromEntries(
      c.excluded.map((e: { unitCode: string; reason: string }) => [e.unitCode, e.reason]),
    );
    expect(excluded).toEqual({ DV03: "other_period", DV04: "invalid" });
    const p25 = c.province.targets.find((t: { code: string }) => t.code === "2.5");
    // 8/48 and 10/48 are both at least 15%: the corrected DV01 counts, not the first one. DV05 of the
    // unit list has not reported, so “mỗi CĐCS” cannot be concluded yet.
    expect(p25).toMatchObject({ status: "missing", actual: 100, waiting: 1 });
    expect(p25.summary.vi).toMatch(/^2\/3 CĐCS đạt \(≥ 15% đoàn viên đăng ký .*\); 1 CĐCS chưa báo cáo$/);
  });

  it("honours --period and rejects a malformed one", async () => {
    const h1 = await run(
      "merge",
      fixture("dv01.json"),
      fixture("dv03-h1.json"),
      "--period",
      "h1:2025",
      "--json",
    );
    expect(JSON.parse(h1.out).units.map((u: { code: string }) => u.code)).toEqual(["DV03"]);
    const bad = await run("merge", fixture("dv01.json"), "--period", "2025");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/year:2025/);
  });

  it("says which file cannot be read", async () => {
    const { code, err } = await run("merge", fixture("dv01.json"), fixture("missing.json"));
    expect(code).toBe(1);
    expect(err).toMatch(/missing\.json: không tìm thấy tệp/);
  });
});

describe("chitieu framework and usage", () => {
  it("prints the framework with every target", async () => {
    const { code, out } = await run("framework");
    expect(code).toBe(0);
    expect(out).toMatch(/2\.3a\s+> 90%/);
    expect(out).toMatch(/2\.12b\s+≥ 95%/);
  });

  it("answers an unknown command or option with the usage, not a stack trace", async () => {
    expect((await run("merg")).code).toBe(1);
    const bad = await run("framework", "--jsonn");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/chitieu merge/);
  });

  it("runs as an installed command", () => {
    const bin = path.join(__dirname, "../../bin/chitieu.js");
    const result = spawnSync(process.execPath, [bin, "framework", "--json"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).targets).toHaveLength(19);
  });
});
