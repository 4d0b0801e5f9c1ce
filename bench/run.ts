/**
 * Runs every bench module in this process and prints one table. Each row has its own baseline,
 * timed in the same process, so `× baseline` can be compared across machines. Add a module to
 * MODULES to add rows; nothing here is asserted.
 */
import { domainBench } from "./domain";
import type { BenchModule, BenchRow } from "./measure";

const MODULES: BenchModule[] = [domainBench];

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));

function table(rows: (BenchRow & { module: string })[]): string {
  const lines = [
    ["module", "bench", "median ms", "goal ms", "baseline", "baseline ms", "× baseline"],
    ...rows.map((r) => [
      r.module,
      r.name,
      fmt(r.ms),
      r.goalMs === undefined ? "" : `≤ ${r.goalMs}${r.ms <= r.goalMs ? " ✓" : " ✗"}`,
      r.baseline,
      fmt(r.baselineMs),
      (r.ms / r.baselineMs).toFixed(1),
    ]),
  ];
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  return lines.map((l) => l.map((cell, c) => cell.padEnd(widths[c])).join("  ")).join("\n");
}

const rows = MODULES.flatMap((m) => m.run().map((r) => ({ ...r, module: m.name })));
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; median of 15 runs after 5 warm-up runs\n`,
);
console.log(table(rows));
