import { parentPort, workerData } from "node:worker_threads";
import type { Framework } from "../domain";
import { readSource } from "./sources";

// One of the command line's reading threads: reads the files it is sent, one at a time, and answers
// with their reports (or why the read failed). Loads the reader only, never the workbook writer.

const fw = (workerData as { fw: Framework }).fw;

parentPort!.on("message", async ({ index, file }: { index: number; file: string }) => {
  try {
    parentPort!.postMessage({ index, reports: await readSource(fw, file) });
  } catch (e) {
    parentPort!.postMessage({ index, failed: e instanceof Error ? e.message : String(e) });
  }
});
