import fc from "fast-check";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { defaultFramework as fw, parseCell, parseReport, type RawCell } from "../../src/domain";
import { clerkFills, FILLED } from "../xlsx/clerk";
import { craft, hostileText, recipe } from "./craft";

/**
 * A seeded, time-bounded fuzz run: parseCell and parseReport on hostile values, then a few hundred
 * crafted report files merged by the command line in-process. Counts go to the log and to
 * test-output/fuzz.json. FUZZ_SEED and FUZZ_FILES change the run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const FILES = Number(process.env.FUZZ_FILES ?? 300);
const BATCH = 25;
const PHASE_MS = 8_000;
const HANG_MS = 30_000;

const tally = { seed: SEED, filesCrafted: 0, fuzzInputs: 0, crashes: [] as string[], hangs: [] as string[] };

const hostileCell: fc.Arbitrary<RawCell> = fc.oneof(
  hostileText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.record({ error: fc.string() }),
);

function time<T>(what: string, work: Promise<T>): Promise<T | "hang"> {
  let timer: NodeJS.Timeout;
  const hang = new Promise<"hang">((resolve) => (timer = setTimeout(() => resolve("hang"), HANG_MS)));
  return Promise.race([work, hang])
    .finally(() => clearTimeout(timer))
    .then((r) => {
      if (r === "hang") tally.hangs.push(what);
      return r;
    });
}

afterAll(() => {
  const record = { ...tally, crashes: tally.crashes.length, hangs: tally.hangs.length };
  mkdirSync("test-output", { recursive: true });
  writeFileSync("test-output/fuzz.json", JSON.stringify({ ...record, details: tally }, null, 2));
  console.log(
    `fuzz (seed ${SEED}): files crafted ${record.filesCrafted}, fuzz inputs ${record.fuzzInputs}, crashes ${record.crashes}, hangs ${record.hangs}`,
  );
});

describe("fuzz: hostile values and files", () => {
  it("parseCell never throws and always names an error", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fw.fields), hostileCell, (field, raw) => {
        tally.fuzzInputs++;
        try {
          const r = parseCell(fw, field, raw);
          if (!r.ok && !(r.error.code && r.error.message.vi && r.error.message.en))
            throw new Error("unnamed error");
          if (!r.ok && r.error.message.vi.length > 1000) throw new Error("message carries the whole value");
        } catch (e) {
          tally.crashes.push(`parseCell ${field.id} ${JSON.stringify(String(raw)).slice(0, 80)}: ${e}`);
        }
      }),
      { seed: SEED, numRuns: 50_000, interruptAfterTimeLimit: PHASE_MS, markInterruptAsFailure: false },
    );
    expect(tally.crashes).toEqual([]);
  });

  it("parseReport never throws, on any keys and values", () => {
    const keys = fc.oneof(
      fc.constantFrom(...fw.fields.map((f) => f.id), "__proto__", "constructor"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.dictionary(keys, hostileCell, { maxKeys: 40 }), (raw) => {
        tally.fuzzInputs++;
        try {
          const report = parseReport(fw, raw);
          for (const id of Object.keys(report.values))
            if (!fw.fields.some((f) => f.id === id)) throw new Error(`unknown field ${id} kept`);
        } catch (e) {
          tally.crashes.push(`parseReport ${JSON.stringify(raw).slice(0, 80)}: ${e}`);
        }
      }),
      { seed: SEED, numRuns: 20_000, interruptAfterTimeLimit: PHASE_MS, markInterruptAsFailure: false },
    );
    expect(tally.crashes).toEqual([]);
  });

  it(`merges ${FILES} crafted report files: every file accounted for, no crash, no hang`, async () => {
    const valid = await clerkFills(FILLED);
    const recipes = fc.sample(recipe, { seed: SEED, numRuns: FILES });
    for (let start = 0; start < recipes.length; start += BATCH) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-fuzz-"));
      const names: string[] = [];
      for (const [i, r] of recipes.slice(start, start + BATCH).entries()) {
        const { ext, data } = await craft(valid, r);
        const name = `f${String(start + i).padStart(4, "0")}-${r.kind}.${ext}`;
        writeFileSync(path.join(dir, name), data);
        names.push(name);
        tally.filesCrafted++;
      }
      const out: string[] = [];
      const err: string[] = [];
      const what = `merge of ${names[0]}…${names.at(-1)} (seed ${SEED})`;
      const result = await time(
        what,
        main(["merge", dir, "--json", "-o", path.join(dir, "tonghop.xlsx")], {
          out: (t) => out.push(t),
          err: (t) => err.push(t),
        }).catch((e: unknown) => e),
      );
      if (result === "hang") continue;
      try {
        if (result !== 0 && result !== 1) throw new Error(`exit ${String(result)}`);
        if (err.join("\n").match(/Unexpected error|\n\s+at /)) throw new Error(err.join("\n"));
        const c = JSON.parse(out.join("\n"));
        const seen = new Set<string>(
          [...c.units, ...c.excluded, ...c.duplicates.flatMap((d: { dropped: unknown[] }) => d.dropped)].map(
            (s: { source: string }) => path.basename(s.source.split(" › ")[0]),
          ),
        );
        const lost = names.filter((n) => !seen.has(n));
        if (lost.length) throw new Error(`not accounted for: ${lost.join(", ")}`);
      } catch (e) {
        tally.crashes.push(`${what}: ${e}`);
      }
    }
    expect(tally.hangs).toEqual([]);
    expect(tally.crashes).toEqual([]);
  }, 300_000);
});
