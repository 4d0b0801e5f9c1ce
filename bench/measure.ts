import { performance } from "perf_hooks";

/** One line of the bench table. `ratio` is `ms / baselineMs`: comparable across machines. */
export interface BenchRow {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  goalMs?: number;
}

/** A bench module: a name and a function that measures and returns its rows. */
export interface BenchModule {
  name: string;
  run: () => BenchRow[];
}

/** Median wall time of `fn` in milliseconds, after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 5): number {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  if (sink === Symbol.for("never")) console.log(sink); // keep the result alive
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** mulberry32: a small deterministic PRNG, so every machine benches the same reports. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
