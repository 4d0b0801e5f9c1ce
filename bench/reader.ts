/**
 * The file reader (src/xlsx/readGrids) against the unzip floor — node:zlib inflating the very parts it
 * reads — and against exceljs, on 300 and 3,000 report files, in this process, as the command line
 * reads (node:zlib) and as the pane's worker reads (fflate); `chitieu merge` of 300
 * files as installed (compiled, in a child process: CPU of all its threads, and wall time); the pane's
 * reading of 300 picked files; and the worst zip bombs, each in a child process (time to refusal, peak
 * memory). Measured, never asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { defaultFramework as fw, type FieldValue } from "../src/domain";
import { reportLayout } from "../src/reportSheet";
import { readGrids, reportWorkbook } from "../src/xlsx";
import { nodeInflater } from "../src/xlsx/reader/nodeInflater";
import { compressedBytes, listEntries } from "../src/xlsx/reader/zip";
import { readPickedFile } from "../src/taskpane/pickedFiles";
import { generateRawReports } from "./reports";
import { bombs } from "./bombs";

export interface ReaderRow {
  name: string;
  value: number;
  unit: string;
}

const ROOT = path.join(__dirname, "..");
const DISTINCT = 60;

/** 60 distinct report workbooks as clerks fill them (Vietnamese text, numbers, formulas), cycled. */
export async function reportFiles(): Promise<Buffer[]> {
  const raws = generateRawReports(DISTINCT, 11);
  return Promise.all(
    raws.map((values) =>
      reportWorkbook(reportLayout(fw, { formulas: "native", values: values as Record<string, FieldValue> })),
    ),
  );
}

const READ_PARTS =
  /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|_rels\/\.rels|xl\/sharedstrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/** The floor: inflate, with node:zlib, the parts the reader reads, nothing else. */
function unzipFloor(files: readonly Buffer[]): number {
  let bytes = 0;
  for (const f of files)
    for (const [name, entry] of listEntries(f))
      if (READ_PARTS.test(name)) bytes += inflateRawSync(compressedBytes(f, entry)).length;
  return bytes;
}

/** CPU milliseconds of `fn` on this thread (best of `runs`: the machine is shared). */
async function cpuMs(fn: () => unknown, runs = 5): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** `n` files, the distinct ones over and over. */
export const cycle = (files: readonly Buffer[], n: number) =>
  Array.from({ length: n }, (_, i) => files[i % files.length]);

/**
 * `chitieu merge` of a folder, compiled, in a child process: CPU of the whole process (all threads) and
 * wall time, of the run with the least CPU out of `runs` (the machine is shared).
 */
function cliMerge(dir: string, runs = 3): { cpu: number; wall: number } {
  const all = Array.from({ length: runs }, () => cliMergeOnce(dir));
  return all.reduce((best, r) => (r.cpu < best.cpu ? r : best));
}

function cliMergeOnce(dir: string): { cpu: number; wall: number } {
  const script = `
    const t = Date.now();
    require(${JSON.stringify(path.join(ROOT, "lib/cli/main.js"))})
      .main(["merge", ${JSON.stringify(dir)}, "-o", ${JSON.stringify(path.join(dir, "..", "tonghop.xlsx"))}], { out() {}, err() {} })
      .then((code) => {
        const u = process.resourceUsage();
        console.log(JSON.stringify({ code, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 }));
      });`;
  const start = Date.now();
  const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const wall = Date.now() - start;
  const result = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as { code: number; cpu: number };
  if (result.code !== 0) throw new Error(`merge exited ${result.code}: ${run.stderr}`);
  return { cpu: result.cpu, wall };
}

/**
 * Reads the files `reads` times in all, each read compared with the first read of the same file, and
 * the distinct files' strings with what was written into them: misreads, of any kind, counted.
 */
export function stressReads(files: readonly Buffer[], reads: number): { misreads: number; ms: number } {
  const reference = files.map((f) => JSON.stringify(readGrids(f)));
  const start = performance.now();
  let misreads = 0;
  // Every other read as the command line reads (node:zlib), the others as the pane does (fflate).
  for (let i = 0; i < reads; i++) {
    const options = i % 2 ? {} : { inflater: nodeInflater };
    if (JSON.stringify(readGrids(files[i % files.length], options)) !== reference[i % files.length])
      misreads++;
  }
  return { misreads, ms: performance.now() - start };
}

/** Each distinct file's unit name read back as written (the reference itself is checked). */
function namesReadBack(files: readonly Buffer[]): number {
  const names = generateRawReports(DISTINCT, 11).map((r) => r.unit_name);
  return files.filter((f, i) => !JSON.stringify(readGrids(f)).includes(JSON.stringify(names[i]))).length;
}

export async function readerBench(): Promise<ReaderRow[]> {
  spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  const distinct = await reportFiles();
  const rows: ReaderRow[] = [];
  const row = (name: string, value: number, unit: string) =>
    rows.push({ name, value: +value.toFixed(3), unit });
  const perFile: Record<number, number> = {};
  const asCli = { inflater: nodeInflater };
  for (const n of [300, 3000]) {
    const files = cycle(distinct, n);
    // Warmed up first, so that the figures for 300 files are not the JIT's.
    files.forEach((f) => readGrids(f, asCli));
    const floor = await cpuMs(() => unzipFloor(files));
    const reader = await cpuMs(() => files.forEach((f) => readGrids(f, asCli)));
    const pane = await cpuMs(() => files.forEach((f) => readGrids(f)));
    const exceljs = await cpuMs(
      () => Promise.all(files.map((f) => new ExcelJS.Workbook().xlsx.load(f as unknown as ArrayBuffer))),
      1,
    );
    perFile[n] = reader / n;
    row(`read ${n} report files: unzip floor (node:zlib, same parts)`, floor, "ms CPU");
    row(`read ${n} report files: our reader as the command line reads (node:zlib)`, reader, "ms CPU");
    row(`  reader / floor (goal ≤ 3)`, reader / floor, "×");
    row(`  as the pane's worker reads (fflate), in Node`, pane, "ms CPU");
    row(`  pane's reader / floor`, pane / floor, "×");
    row(`  exceljs load of the same files`, exceljs, "ms CPU");
    row(`  exceljs / reader`, exceljs / reader, "×");
  }
  row("reader cost per file, 3,000 / 300 files (goal: flat, ≈ 1)", perFile[3000] / perFile[300], "×");
  const stress = stressReads(distinct, 30_000);
  row(
    "stress: 30,000 reads of 60 distinct files (node:zlib and fflate), misreads (goal 0)",
    stress.misreads + namesReadBack(distinct),
    "",
  );
  row("  its wall time", stress.ms, "ms");

  const dir = mkdtempSync(path.join(os.tmpdir(), "chitieu-reader-"));
  try {
    for (const n of [300, 3000]) {
      const inbox = path.join(dir, `in${n}`);
      mkdirSync(inbox);
      cycle(distinct, n).forEach((f, i) => writeFileSync(path.join(inbox, `dv${i}.xlsx`), f));
      const merge = cliMerge(inbox, n > 300 ? 1 : 3);
      const goal = n === 300 ? " (goal ≤ 2,000)" : "";
      row(`chitieu merge of ${n} files, -o (compiled, all threads): CPU${goal}`, merge.cpu, "ms");
      row(`chitieu merge of ${n} files, -o: wall`, merge.wall, "ms");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // As the worker gets them: each file's own ArrayBuffer (File.arrayBuffer()).
  const picked = cycle(distinct, 300).map((f) => Uint8Array.from(f).buffer);
  const pane = await cpuMs(() => picked.forEach((f, i) => readPickedFile(fw, `dv${i}.xlsx`, f)));
  row(
    "pane: read 300 picked files with the worker's code, in Node (in the browser: see pane)",
    pane,
    "ms CPU",
  );

  for (const bomb of await bombs()) {
    row(`bomb: ${bomb.name} (${bomb.fileKb} KB) → ${bomb.code}: wall (goal < 2,000)`, bomb.ms, "ms");
    row(`  CPU`, bomb.cpuMs, "ms");
    row(`  peak memory of its process (goal < 200)`, bomb.maxRssMb, "MB");
  }
  return rows;
}

if (require.main === module)
  void (process.argv[2] === "stress"
    ? reportFiles().then((files) =>
        console.log({ ...stressReads(files, 30_000), namesNotReadBack: namesReadBack(files) }),
      )
    : readerBench().then((rows) => console.table(rows)));
