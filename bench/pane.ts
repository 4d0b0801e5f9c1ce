import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../tests/e2e/browser";
import { serveFolder } from "../tests/e2e/server";

export interface PaneRow {
  name: string;
  value: number;
  unit: string;
}

const ROOT = join(__dirname, "..");
const gz = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The task pane's time to interactive in the preview page (Chromium, median of 5 cold loads: from
 * navigation start until the pane's first button can be pressed) and its initial JS, gzipped (goal
 * ≤ 150 KB; the reading thread starts only when files are picked, the consolidated sheet's writer on merge).
 */
export async function paneBench(): Promise<PaneRow[]> {
  const dist = mkdtempSync(join(tmpdir(), "chitieu-pane-"));
  try {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    execFileSync(process.execPath, [cli, "--mode", "production", "--env", "preview", "--output-path", dist], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const files = readdirSync(dist);
    const one = (prefix: string) => files.find((f) => f.startsWith(prefix) && f.endsWith(".js"))!;
    const server = await serveFolder(dist);
    const browser = await launchChromium();
    const times: number[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}preview.html`);
        await page.getByRole("button", { name: "Chèn mẫu báo cáo" }).click({ trial: true });
        times.push(await page.evaluate(() => performance.now()));
        await context.close();
      }
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
    rmSync(dist, { recursive: true, force: true });
  }
}

if (require.main === module) void paneBench().then((rows) => console.table(rows));
