import { consolidate, defaultFramework as fw, parseCell, parseReport, type RawCell } from "../src/domain";
import { medianMs, prng, type BenchModule, type BenchRow } from "./measure";
import { generateRawReports } from "./reports";

function consolidateRows(): BenchRow[] {
  const reports = generateRawReports(1000).map((raw, i) => parseReport(fw, raw, `unit-${i}.xlsx`));
  const numbers = reports.reduce(
    (n, r) => n + Object.values(r.values).filter((v) => typeof v === "number").length,
    0,
  );
  const counted = consolidate(fw, reports);
  if (counted.units.length !== 1000) throw new Error(`bench data: ${counted.units.length} units, not 1000`);
  return [
    {
      name: `consolidate ${reports.length} reports (${counted.units.length} units)`,
      ms: medianMs(() => consolidate(fw, reports)),
      baseline: `a loop summing their ${numbers} numbers`,
      baselineMs: medianMs(() => {
        let s = 0;
        for (const r of reports)
          for (const f of fw.fields) {
            const v = r.values[f.id];
            if (typeof v === "number") s += v;
          }
        return s;
      }),
      goalMs: 50,
    },
  ];
}

function parseRows(): BenchRow[] {
  const rnd = prng(7);
  const members = fw.fields.find((f) => f.id === "members")!;
  const cells: string[] = Array.from({ length: 100_000 }, () => {
    const n = Math.floor(rnd() * 5000);
    return n >= 1000 && rnd() < 0.5 ? n.toLocaleString("en-US").replace(/,/g, ".") : String(n);
  });
  const rawCells: RawCell[] = cells;
  return [
    {
      name: "parseCell 100,000 count cells",
      ms: medianMs(() => {
        let ok = 0;
        for (let i = 0; i < rawCells.length; i++) if (parseCell(fw, members, rawCells[i]).ok) ok++;
        return ok;
      }),
      baseline: "Number() on the same strings",
      baselineMs: medianMs(() => {
        let s = 0;
        for (let i = 0; i < cells.length; i++) s += Number(cells[i]) || 0;
        return s;
      }),
    },
  ];
}

export const domainBench: BenchModule = {
  name: "domain",
  run: () => [...consolidateRows(), ...parseRows()],
};
