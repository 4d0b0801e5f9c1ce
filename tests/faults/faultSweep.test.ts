import { mkdirSync, writeFileSync } from "node:fs";
import { Failure } from "../../src/shared/failure";
import type { FakeExcel, SyncRecord } from "../../src/fake-excel";
import { SWEPT_OPERATIONS, type SweptOperation } from "./operations";
import { workbookSnapshot } from "./workbookSnapshot";

/**
 * The fault sweep: a clean run of each operation records its syncs and their commands; then, for each
 * (sync, command), the operation runs with Excel failing there (command 0: the sync refused whole), and
 * again with a second fault at each command of the first clean-up as well. Each time the operation must
 * reject with a bilingual Failure and leave the workbook exactly as it was. FAULT_SWEEP=all fails at
 * every command; by default, in large syncs, at the first two, the last 12 (where the sheets are put in
 * place) and every 32nd, and the clean-up's commands after every 8th of those. Counts go to the log and to test-output/faults.json.
 */
const EVERY_COMMAND = process.env.FAULT_SWEEP === "all";

interface Fault {
  sync: number;
  command: number;
}

const label = (faults: Fault[]) => faults.map((f) => `sync ${f.sync} command ${f.command}`).join(" + ");

/** Commands to fail at in a sync of `n` commands (0: the whole sync). */
const commandsOf = (n: number): number[] =>
  Array.from({ length: n + 1 }, (_, c) => c).filter(
    (c) => EVERY_COMMAND || c <= 1 || c > n - 12 || c % 32 === 0,
  );

const faultsOf = (syncs: readonly SyncRecord[], from: number): Fault[] =>
  syncs.flatMap((s, i) => commandsOf(s.commands).map((command) => ({ sync: from + i, command })));

const syncsAfter = (excel: FakeExcel, base: number) =>
  excel.syncs.filter((s) => !s.cleanup && s.number > base);

/** Runs one operation again and again on the same workbook while each attempt leaves it as it was. */
class Sweep {
  private excel: FakeExcel | null = null;
  private before: unknown;
  readonly broken: string[] = [];
  injected = 0;
  completed = 0;

  constructor(
    private readonly op: SweptOperation,
    private readonly done: unknown,
  ) {}

  /** Runs with the faults; returns the syncs sent after the first one failed. */
  async attempt(faults: Fault[]): Promise<SyncRecord[]> {
    if (!this.excel) {
      this.excel = await this.op.workbook();
      this.before = await workbookSnapshot(this.excel);
    }
    const excel = this.excel;
    const base = excel.syncCount;
    for (const f of faults)
      if (f.command === 0) excel.failSync(base + f.sync);
      else excel.failAt({ sync: base + f.sync, command: f.command });
    this.injected++;
    const error = await this.op.run(excel).then(
      () => null,
      (e: unknown) => e,
    );
    const after = syncsAfter(excel, base).slice(faults[0].sync);
    const problem = await this.check(error, excel, base + Math.max(...faults.map((f) => f.sync)));
    if (problem) this.broken.push(`${label(faults)}: ${problem}`);
    if (problem || error === null) this.excel = null;
    return after;
  }

  private async check(error: unknown, excel: FakeExcel, lastFault: number): Promise<string | null> {
    if (excel.syncCount < lastFault) return "a fault was never reached";
    const now = await workbookSnapshot(excel);
    if (error === null) {
      this.completed++;
      return same(withoutIds(now), withoutIds(this.done)) ? null : "resolved, but not as a clean run";
    }
    const problems: string[] = [];
    if (!same(now, this.before)) {
      const names = (s: unknown) => (s as Snapshot).sheets.map((x) => x.name).join(", ");
      problems.push(`workbook changed [${names(this.before)}] → [${names(now)}]`);
    }
    if (!(error instanceof Failure) || !error.text.vi || !error.text.en)
      problems.push(`not a bilingual Failure: ${String(error)}`);
    return problems.join("; ") || null;
  }
}

type Snapshot = { sheets: { id: string; name: string }[] };

const withoutIds = (s: unknown) => ({
  ...(s as Snapshot),
  sheets: (s as Snapshot).sheets.map((sheet) => ({ ...sheet, id: undefined })),
});

function same(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** The syncs of a run without faults, and the workbook it leaves. */
async function cleanRun(op: SweptOperation): Promise<{ syncs: SyncRecord[]; done: unknown }> {
  const excel = await op.workbook();
  const base = excel.syncCount;
  await op.run(excel);
  return { syncs: syncsAfter(excel, base), done: await workbookSnapshot(excel) };
}

const tally: Record<string, { injected: number; survived: number; completed: number }> = {};
const count = (name: string, sweep: Sweep) =>
  (tally[name] = {
    injected: sweep.injected,
    survived: sweep.injected - sweep.broken.length,
    completed: sweep.completed,
  });

afterAll(() => {
  const all = Object.values(tally).reduce((n, t) => n + t.injected, 0);
  const survived = Object.values(tally).reduce((n, t) => n + t.survived, 0);
  const lines = Object.entries(tally).map(
    ([name, t]) =>
      `${name}: faults injected ${t.injected}, survived ${t.survived} (completed past the point of no return: ${t.completed})`,
  );
  const total = `fault sweep (${EVERY_COMMAND ? "every command" : "sampled"}): faults injected ${all}, survived ${survived}`;
  mkdirSync("test-output", { recursive: true });
  writeFileSync("test-output/faults.json", JSON.stringify({ everyCommand: EVERY_COMMAND, tally }, null, 2));
  console.log([total, ...lines].join("\n"));
});

describe.each(SWEPT_OPERATIONS)("a fault at any command of $name", (op) => {
  let clean: SyncRecord[] = [];
  let done: unknown;
  beforeAll(async () => {
    ({ syncs: clean, done } = await cleanRun(op));
  });

  it("leaves the workbook as it was, and says so in both languages", async () => {
    const sweep = new Sweep(op, done);
    for (const fault of faultsOf(clean, 1)) await sweep.attempt([fault]);
    count(op.name, sweep);
    expect(sweep.broken).toEqual([]);
  }, 900_000);

  it("also when the first clean-up fails too, at any of its commands", async () => {
    const sweep = new Sweep(op, done);
    const single = new Sweep(op, done);
    for (const fault of faultsOf(clean, 1).filter((_, i) => EVERY_COMMAND || i % 8 === 0)) {
      const cleanUp = (await single.attempt([fault])).slice(0, 2);
      for (const second of faultsOf(cleanUp, fault.sync + 1)) await sweep.attempt([fault, second]);
    }
    count(`${op.name}, clean-up failing too`, sweep);
    expect(sweep.broken).toEqual([]);
  }, 900_000);
});
