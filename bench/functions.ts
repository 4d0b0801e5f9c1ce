import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, createContext, runInContext, runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

type Fn = (...args: unknown[][][]) => unknown[][];

export interface FunctionsFigures {
  rows: number;
  /** What was timed: the production functions.js as Excel loads it. */
  measured: "production bundle";
  /**
   * CHITIEU.STATUS("2.5"; initiatives; members) over a column of `rows` units, evaluations/s, with the
   * bundle in a realm of its own (own globals and `Array`, as Excel's runtime is a page of its own)
   * and the ranges made here, in this realm.
   */
  statusPerSecond: number;
  /**
   * The same in a classic `runInNewContext` sandbox, where every global the bundle reads (`Math`,
   * `Number`, `String`) goes through Node's interceptor, ~50 times slower than a plain global: a cost
   * of the harness, not of Excel.
   */
  statusPerSecondSandbox: number;
  /** The same, with the bundle run in this realm (as a function of `CustomFunctions`). */
  statusPerSecondSameRealm: number;
  /** CHITIEU.RATE(initiatives; members) over the same column, evaluations/s. */
  ratePerSecond: number;
  /** A plain `n / d * 100` loop over the same numbers, same process: the ceiling to compare with. */
  baselinePerSecond: number;
  statusVsBaseline: number;
  rateVsBaseline: number;
  /** Gzipped bytes of the production bundles (goal for functions: ≤ 30 KB). */
  functionsGzip: number;
  taskpaneGzip: number;
}

/** Rows per second: the median of 11 timed runs after 3 to warm up (a busy machine varies a lot). */
function perSecond(rows: number, run: () => void): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  times.sort((a, b) => a - b);
  return Math.round(rows / times[5]);
}

type Realm = "own" | "sandbox" | "same";

/**
 * Loads functions.js as Excel's runtime does, catching what it associates: in a realm of its own
 * (a vm context with an ordinary global object), in a classic vm sandbox, or in this realm.
 */
function loadFunctions(code: string, realm: Realm = "own"): Record<string, Fn> {
  const associated: Record<string, Fn> = {};
  class CellError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const CustomFunctions = {
    associate: (id: string, fn: Fn) => (associated[id] = fn),
    Error: CellError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  if (realm === "same") new Function("CustomFunctions", code)(CustomFunctions);
  else if (realm === "sandbox") runInNewContext(code, { CustomFunctions });
  else {
    const context = createContext(constants.DONT_CONTEXTIFY) as { CustomFunctions?: unknown };
    context.CustomFunctions = CustomFunctions;
    runInContext(code, context);
  }
  return associated;
}

/** Builds for production into a temporary folder and measures the custom functions there. */
export async function functionsBench(options: { rows?: number } = {}): Promise<FunctionsFigures> {
  const rows = options.rows ?? 100_000;
  const out = mkdtempSync(join(tmpdir(), "chitieu-bench-"));
  try {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], { stdio: "ignore" });
    const read = (prefix: string) => {
      const file = readdirSync(out).find((f) => f.startsWith(prefix) && f.endsWith(".js"));
      if (!file) throw new Error(`no ${prefix} bundle in ${out}`);
      return readFileSync(join(out, file));
    };
    const functionsJs = read("functions.");
    const { STATUS, RATE } = loadFunctions(functionsJs.toString());
    const { STATUS: STATUS_SANDBOX } = loadFunctions(functionsJs.toString(), "sandbox");
    const { STATUS: STATUS_HERE } = loadFunctions(functionsJs.toString(), "same");

    const members = Array.from({ length: rows }, (_, i) => [20 + (i % 200)]);
    const initiatives = members.map(([m], i) => [Math.floor((m * (i % 30)) / 100)]);
    let sink = 0;
    const baselinePerSecond = perSecond(rows, () => {
      for (let i = 0; i < rows; i++) sink += (initiatives[i][0] / members[i][0]) * 100;
    });
    const statusPerSecond = perSecond(rows, () => {
      sink += STATUS([["2.5"]], initiatives, members).length;
    });
    const statusPerSecondSandbox = perSecond(rows, () => {
      sink += STATUS_SANDBOX([["2.5"]], initiatives, members).length;
    });
    const statusPerSecondSameRealm = perSecond(rows, () => {
      sink += STATUS_HERE([["2.5"]], initiatives, members).length;
    });
    const ratePerSecond = perSecond(rows, () => {
      sink += RATE(initiatives, members).length;
    });
    if (Number.isNaN(sink)) throw new Error("unreachable: keeps the loops from being optimised away");
    const ratio = (n: number) => Math.round((n / baselinePerSecond) * 1000) / 1000;
    return {
      rows,
      measured: "production bundle",
      statusPerSecond,
      statusPerSecondSandbox,
      statusPerSecondSameRealm,
      ratePerSecond,
      baselinePerSecond,
      statusVsBaseline: ratio(statusPerSecond),
      rateVsBaseline: ratio(ratePerSecond),
      functionsGzip: gzipSync(functionsJs, { level: 9 }).length,
      taskpaneGzip: gzipSync(read("taskpane."), { level: 9 }).length,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void functionsBench().then((f) => console.log(JSON.stringify(f, null, 2)));
}
