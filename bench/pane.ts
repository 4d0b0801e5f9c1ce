import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../tests/e2e/browser";
import { serveFolder } from "../tests/e2e/server";
import { readInPane, type PaneReading } from "./paneReading";
import { cycle, reportFiles } from "./reader";

export interface PaneRow {
  name: string;
  value: number;
  unit: string;
}

const ROOT = join(__dirname, "..");
const gz = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const READS = 3;
const PICKED = 300;

/**
 * The task pane's time to interactive in the preview page (Chromium, median of 5 cold loads: from
 * navigation start until the pane's first button can be pressed); its reading of 300 picked report
 * files on its reading thread (median of 3 fresh pages: from picking until the pane lists them all,
 * and how long its page went without a frame meanwhile); and its initial JS, gzipped (goal ≤ 150 KB;
 * the reading thread starts only when files are picked, the consolidated sheet's writer on merge).
 * E2E_DIST reuses a build made with `npx webpack --mode production --env preview`.
 */
export async function paneBench(): Promise<PaneRow[]> {
  const tmp = mkdtempSync(join(tmpdir(), "chitieu-pane-"));
  const dist = process.env.E2E_DIST ?? join(tmp, "dist");
  try {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const build = ["--mode", "production", "--env", "preview", "--output-path", dist];
    if (!process.env.E2E_DIST) execFileSync(process.execPath, [cli, ...build], { cwd: ROOT, stdio: "pipe" });
    const picked = join(tmp, "picked");
    mkdirSync(picked);
    const paths = cycle(await reportFiles(), PICKED).map((file, i) => {
      const path = join(picked, `dv${i}.xlsx`);
      writeFileSync(path, file);
      return path;
    });
    const files = readdirSync(dist);
    const one = (prefix: string) => files.find((f) => f.startsWith(prefix) && f.endsWith(".js"))!;
    const server = await serveFolder(dist);
    const browser = await launchChromium();
    const times: number[] = [];
    const reads: PaneReading[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}preview.html`);
        await page.getByRole("button", { name: "Chèn mẫu báo cáo" }).click({ trial: true });
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
      for (let i = 0; i < READS; i++) reads.push(await readInPane(browser, server.url, paths));
    } finally {
      await browser.close();
      await server.close();
    }
    return [
      {
        name: "pane time to interactive in the preview (median of 5, Chromium)",
        value: Math.round(median(times)),
        unit: "ms",
      },
      ...readingRows(reads),
      {
        name: "pane initial JS, taskpane bundle gzipped (goal ≤ 150 KB)",
        value: +gz(dist, one("taskpane.")).toFixed(1),
        unit: "KB",
      },
      {
        name: "taskpane.html initial JS: functions + commands + taskpane gzipped",
        value: +["functions.js", one("commands."), one("taskpane.")]
          .reduce((n, f) => n + gz(dist, f), 0)
          .toFixed(1),
        unit: "KB",
      },
      {
        name: "reading thread (Web Worker), started when report files are picked, gzipped",
        value: +gz(dist, "readFiles.js").toFixed(1),
        unit: "KB",
      },
      {
        name: "merge writer, loaded on the first merge, gzipped",
        value: +gz(dist, one("merge.")).toFixed(1),
        unit: "KB",
      },
    ];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function readingRows(reads: PaneReading[]): PaneRow[] {
  const wall = median(reads.map((r) => r.wallMs));
  const worst = (of: (r: PaneReading) => number) => Math.round(Math.max(...reads.map(of)));
  return [
    {
      name: `pane: read ${PICKED} picked report files on its reading thread (Web Worker), from picking until all listed (median of ${READS})`,
      value: Math.round(wall),
      unit: "ms",
    },
    { name: "  per file", value: +(wall / PICKED).toFixed(2), unit: "ms" },
    {
      name: `  page's longest frame gap while showing "Đang đọc n/${PICKED} tệp…" (worst of ${READS})`,
      value: worst((r) => r.longestFrameGapMs),
      unit: "ms",
    },
    {
      name: `  page's longest main-thread task, picking to listed (long tasks > 50 ms, 0 if none; worst of ${READS})`,
      value: worst((r) => r.longestTaskMs),
      unit: "ms",
    },
    {
      name: `  last progress shown to all ${PICKED} listed (worst of ${READS})`,
      value: worst((r) => r.listingMs),
      unit: "ms",
    },
    {
      name: `  distinct progress counts the pane rendered (fewest of ${READS})`,
      value: Math.min(...reads.map((r) => r.progressShown)),
      unit: "",
    },
  ];
}

if (require.main === module) void paneBench().then((rows) => console.table(rows));
