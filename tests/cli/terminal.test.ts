import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main, type Io } from "../../src/cli/main";

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function run(argv: string[], io?: Partial<Io>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), ...io });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A unit code that clears the screen, a name that turns the terminal red, a file name that moves the cursor. */
function hostileReport(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-escape-"));
  const file = path.join(dir, "dv\u001b[2J01\u202e.json");
  const report = {
    unit: { code: "DV01\u009b2J", name: "\u001b[31mTrường\u0007" },
    period: { kind: "year", year: 2025 },
    values: { members: "4\u001b[8m8" },
  };
  writeFileSync(file, JSON.stringify(report));
  return file;
}

describe("control characters never reach the terminal raw", () => {
  it("shows escape sequences from files and names as visible escapes", async () => {
    const file = hostileReport();
    const { out, err } = await run(["merge", file]);
    expect(out + err).not.toMatch(RAW_CONTROL);
    expect(out).toContain("dv\\u001b[2J01\\u202e.json");
    expect(out).toContain("“4\\u001b[8m8” không phải là số");
  });

  it("keeps --json valid, with the values as they were", async () => {
    const file = hostileReport();
    const { out } = await run(["merge", file, "--json"]);
    expect(out).not.toMatch(RAW_CONTROL);
    const excluded = JSON.parse(out).excluded[0];
    expect(excluded.source).toBe(file);
    expect(excluded.unitCode).toBe("DV01\u009b2J");
  });
});

describe("no stack trace, whatever happens", () => {
  it("turns an unexpected fault into a message in both languages and exit code 1", async () => {
    const file = hostileReport();
    const broken = new Error("write EPIPE");
    const { code, err } = await run(["merge", file], {
      out: () => {
        throw broken;
      },
    });
    expect(code).toBe(1);
    expect(err).toBe(
      "Lỗi không mong đợi, lệnh dừng lại: write EPIPE\nUnexpected error, the command stopped: write EPIPE",
    );
  });
});
