import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { unreadableReport, type Framework, type Report } from "../domain";
import { readSource } from "./sources";

/** Below this many files per thread, starting threads costs more than it saves. */
const FILES_PER_THREAD = 8;
/**
 * A reading thread loads its own copy of the reader and the domain (~0.25 s of CPU) and a report file
 * reads in ~1 ms: below this many files, one thread reads them all for less CPU and about the same
 * wall time (measured by `npm run bench`: 300 files).
 */
const THREADS_FROM = 600;
/** Files sent ahead to each thread, so it never waits for the next one. */
const AHEAD = 2;

type Answer = { index: number; reports: Report[] } | { index: number; failed: string };

const failedRead = (file: string, why: string) =>
  unreadableReport(file, "read_failed", `Lỗi khi đọc (${why})`, `Reading failed (${why})`);

/** The reading thread's script: compiled JavaScript when installed, TypeScript through tsx in tests and the bench. */
function startWorker(fw: Framework): Worker {
  const js = path.join(__dirname, "readWorker.js");
  if (existsSync(js)) return new Worker(js, { workerData: { fw } });
  return new Worker(path.join(__dirname, "readWorker.ts"), {
    workerData: { fw },
    execArgv: ["--require", "tsx/cjs"],
  });
}

export const defaultThreads = (files: number) =>
  files < THREADS_FROM ? 1 : Math.min(2, os.availableParallelism());

/**
 * Reads every source, on up to `threads` worker threads when there are enough files to pay for them.
 * The reports come back in the order of `files`, whichever thread read each. A thread that dies takes
 * only the file it was reading with it (listed as a failed read); the others, or this thread, finish the rest.
 */
export async function readSources(
  fw: Framework,
  files: readonly string[],
  threads = defaultThreads(files.length),
): Promise<Report[][]> {
  const count = Math.min(threads, Math.floor(files.length / FILES_PER_THREAD));
  const results: (Report[] | undefined)[] = new Array(files.length);
  if (count >= 2) await readOnThreads(fw, files, count, results);
  for (let i = 0; i < files.length; i++) results[i] ??= await readSource(fw, files[i]);
  return results as Report[][];
}

function readOnThreads(
  fw: Framework,
  files: readonly string[],
  count: number,
  results: (Report[] | undefined)[],
): Promise<void> {
  let next = 0;
  let running = count;
  return new Promise((resolve) => {
    for (let t = 0; t < count; t++) {
      const worker = startWorker(fw);
      const inFlight = new Set<number>();
      const send = () => {
        if (next >= files.length) return;
        inFlight.add(next);
        worker.postMessage({ index: next, file: files[next++] });
      };
      const stop = () => {
        if (!inFlight.size && next >= files.length) void worker.terminate();
      };
      worker.on("message", (answer: Answer) => {
        inFlight.delete(answer.index);
        results[answer.index] =
          "failed" in answer ? [failedRead(files[answer.index], answer.failed)] : answer.reports;
        send();
        stop();
      });
      worker.on("error", (e) => {
        // The file being read when the thread died is named; files sent ahead are read by the others.
        const [first, ...ahead] = [...inFlight];
        if (first !== undefined) results[first] = [failedRead(files[first], e.message)];
        for (const i of ahead) results[i] = undefined;
        inFlight.clear();
      });
      worker.on("exit", () => {
        if (--running === 0) resolve();
      });
      for (let k = 0; k < AHEAD; k++) send();
      stop();
    }
  });
}
