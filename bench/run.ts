/**
 * Runs every bench in this process and prints one table. Figures that depend on the machine come with
 * a baseline timed in the same process, so the ratio can be compared across machines. Nothing here is
 * asserted: performance is measured, never tested.
 */
import { domainBench } from "./domain";
import { flipBits, type FlipCounts } from "./flips";
import { excelBench } from "./excel";
import { functionsBench } from "./functions";
import { historyBench } from "./history";
import { bench as mergeBench } from "./merge";
import { paneBench } from "./pane";
import { readerBench } from "./reader";
import type { BenchRow } from "./measure";

interface Line {
  module: string;
  what: string;
  figure: string;
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
const perSecond = (n: number) => `${(n / 1e6).toFixed(2)} M/s`;

function domainLines(rows: BenchRow[], module = "domain"): Line[] {
  return rows.flatMap((r) => [
    {
      module,
      what: r.name,
      figure: `${fmt(r.ms)} ms${r.goalMs === undefined ? "" : ` (goal ≤ ${r.goalMs} ms)`}`,
    },
    { module, what: `  baseline: ${r.baseline}`, figure: `${fmt(r.baselineMs)} ms` },
    { module, what: "  ratio to baseline", figure: `${(r.ms / r.baselineMs).toFixed(1)} ×` },
  ]);
}

async function functionsLines(): Promise<Line[]> {
  const f = await functionsBench();
  const line = (what: string, figure: string): Line => ({ module: "functions", what, figure });
  return [
    line(
      `CHITIEU.STATUS on ${f.rows.toLocaleString("en")} rows (goal ≥ 1 M/s)`,
      perSecond(f.statusPerSecond),
    ),
    line(`CHITIEU.RATE on ${f.rows.toLocaleString("en")} rows`, perSecond(f.ratePerSecond)),
    line("  baseline: a plain n / d * 100 loop", perSecond(f.baselinePerSecond)),
    line("  STATUS / baseline", `${f.statusVsBaseline.toFixed(3)} ×`),
    line("functions bundle, gzipped (goal ≤ 30 KB)", `${(f.functionsGzip / 1024).toFixed(1)} KB`),
  ];
}

function flipLines(c: FlipCounts): Line[] {
  const line = (what: string, figure: string): Line => ({ module: "reader", what, figure });
  return [
    line(
      `one-bit flips of a ${(c.fileBytes / 1024).toFixed(1)} KB report (every bit of every 4th byte)`,
      `${c.flips}`,
    ),
    line("  read exactly as the good file", `${c.same}`),
    line("  refused with a reason", `${c.refused}`),
    line("  read as different data (goal 0)", `${c.readAsData}`),
  ];
}

async function main() {
  const lines: Line[] = [
    ...domainLines(domainBench.run()),
    ...domainLines(historyBench.run(), "history"),
    ...(await excelBench()).map((r) => ({ module: "excel", what: r.name, figure: `${r.value} ${r.unit}` })),
    ...(await functionsLines()),
    ...(await readerBench()).map((r) => ({ module: "reader", what: r.name, figure: `${r.value} ${r.unit}` })),
    ...flipLines(await flipBits(4)),
    ...(await mergeBench()).map((r) => ({ module: "merge", what: r.name, figure: `${r.value} ${r.unit}` })),
    ...(await paneBench()).map((r) => ({ module: "pane", what: r.name, figure: `${r.value} ${r.unit}` })),
  ];
  const w = [Math.max(...lines.map((l) => l.module.length)), Math.max(...lines.map((l) => l.what.length))];
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  for (const l of lines) console.log(`${l.module.padEnd(w[0])}  ${l.what.padEnd(w[1])}  ${l.figure}`);
}

void main();
