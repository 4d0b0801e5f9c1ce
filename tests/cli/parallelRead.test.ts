import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readSources } from "../../src/cli/readInParallel";
import { defaultFramework as fw } from "../../src/domain";
import { clerkFills, FILLED } from "../xlsx/clerk";

describe("reading report files on two threads", () => {
  it("gives the same reports in the same order as one thread, damaged files named in their place", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-threads-"));
    const files: string[] = [];
    for (let i = 0; i < 24; i++) {
      const file = path.join(dir, `dv${String(i).padStart(2, "0")}.xlsx`);
      const data = Buffer.from(
        await clerkFills({
          ...FILLED,
          unit_code: `DV${i}`,
          unit_name: `Trường THPT Số ${i}`,
          members: 40 + i,
        }),
      );
      if (i % 7 === 3) data[Math.floor(data.length / 3)] ^= 0xff;
      writeFileSync(file, i % 11 === 5 ? "không phải sổ tính" : data);
      files.push(file);
    }
    files.push(path.join(dir, "gone.xlsx"));
    const alone = await readSources(fw, files, 1);
    const parallel = await readSources(fw, files, 2);
    expect(parallel).toEqual(alone);
    expect(parallel.map((r) => r[0].unitCode)).toEqual(
      files.map((_, i) => (i % 7 === 3 || i % 11 === 5 || i === 24 ? null : `DV${i}`)),
    );
    expect(parallel[24][0].errors[0].code).toBe("file_gone");
    expect(parallel[10][0].errors[0].code).toBe("corrupt_xlsx");
  }, 120_000);
});
