import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = join(__dirname, "..", "..");

/** Debian's Chromium, driven by playwright-core (its own browser download is not reachable here). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (.ci/run does it)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A production build with the preview page, in its own folder (never the developer's dist/). Set
 * E2E_DIST to reuse a build made with `npx webpack --mode production --env preview`.
 */
export function buildPreview(): string {
  if (process.env.E2E_DIST) return process.env.E2E_DIST;
  const out = join(ROOT, "test-output", "e2e-dist");
  execFileSync(
    process.execPath,
    [
      require.resolve("webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "preview",
      "--output-path",
      out,
    ],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
  return out;
}
