import type { Browser } from "playwright-core";

/** One reading of picked files in the pane, timed in the page (performance.now(), ms). */
export interface PaneReading {
  /** From the file input's change event until the pane lists every file read. */
  wallMs: number;
  /**
   * The longest main-thread task overlapping that time (the browser's long tasks: over 50 ms; 0 if
   * none); the one that handles the pick starts before the change event.
   */
  longestTaskMs: number;
  /** The longest time between two frames while the pane showed its progress "Đang đọc n/N tệp…". */
  longestFrameGapMs: number;
  /** Progress counts the pane put in the page (n of "Đang đọc n/N tệp…"), distinct. */
  progressShown: number;
  /** From the last progress shown until the list of all files was in the page. */
  listingMs: number;
}

interface Recorder {
  start: number;
  lastProgress: number;
  end: number;
  settled: boolean;
  tasks: { start: number; duration: number }[];
  frames: number[];
  counts: string[];
}

/**
 * Opens the preview page, goes to the "Tổng hợp" tab and picks `paths` in its file input, as a user
 * does; the pane reads them on its reading thread (readFiles.js, a Web Worker). Measured in the page,
 * from the input's change event until the picked-files list holds every file.
 */
export async function readInPane(
  browser: Browser,
  url: string,
  paths: readonly string[],
): Promise<PaneReading> {
  const context = await browser.newContext();
  try {
    // tsx (esbuild's keepNames) wraps the named functions of the page code below in a __name helper
    // that only Node has.
    await context.addInitScript({ content: "globalThis.__name = (f) => f;" });
    const page = await context.newPage();
    await page.goto(`${url}preview.html`);
    const pane = page.getByTestId("pane");
    await pane.getByRole("tab", { name: "Tổng hợp" }).click();
    const input = pane.getByTestId("pick-files");
    await input.waitFor({ state: "attached" });
    await page.evaluate((total) => {
      const r: Recorder = {
        start: 0,
        lastProgress: 0,
        end: 0,
        settled: false,
        tasks: [],
        frames: [],
        counts: [],
      };
      (window as unknown as { reading: Recorder }).reading = r;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) r.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask" });
      // Capture on the document: before React's own listener on its root starts the reading.
      document.addEventListener(
        "change",
        (e) => {
          if ((e.target as Element).matches('[data-testid="pick-files"]')) r.start = performance.now();
        },
        true,
      );
      const frame = (t: number) => {
        r.frames.push(t);
        if (!r.settled) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const picked = () => {
        const title = [...document.querySelectorAll("h3")].find((h) => h.textContent === "Tệp đã chọn");
        return title?.parentElement?.querySelectorAll(":scope > ul > li").length ?? 0;
      };
      new MutationObserver((_, observer) => {
        if (!r.start) return;
        const status = [...document.querySelectorAll('[role="status"]')].find((s) =>
          s.textContent?.startsWith("Đang đọc"),
        );
        if (status) {
          r.lastProgress = performance.now();
          if (r.counts[r.counts.length - 1] !== status.textContent) r.counts.push(status.textContent!);
        } else if (picked() >= total) {
          r.end = performance.now();
          observer.disconnect();
          // Two more frames, so the long task that drew the list is reported too.
          requestAnimationFrame(() => requestAnimationFrame(() => (r.settled = true)));
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, paths.length);
    const worker = page.waitForEvent("worker");
    await input.setInputFiles([...paths]);
    const script = (await worker).url();
    if (!script.endsWith("/readFiles.js")) throw new Error(`the pane read on ${script}, not on readFiles.js`);
    await page.waitForFunction(() => (window as unknown as { reading: Recorder }).reading.settled, null, {
      timeout: 300_000,
      polling: 500,
    });
    const r = await page.evaluate(() => (window as unknown as { reading: Recorder }).reading);
    const inReading = r.tasks.filter((t) => t.start + t.duration > r.start && t.start < r.end);
    let longestFrameGapMs = 0;
    for (let i = 1; i < r.frames.length; i++)
      if (r.frames[i] > r.start && r.frames[i - 1] < r.lastProgress)
        longestFrameGapMs = Math.max(longestFrameGapMs, r.frames[i] - r.frames[i - 1]);
    return {
      wallMs: r.end - r.start,
      longestTaskMs: Math.max(0, ...inReading.map((t) => t.duration)),
      longestFrameGapMs,
      progressShown: r.counts.length,
      listingMs: r.end - r.lastProgress,
    };
  } finally {
    await context.close();
  }
}
