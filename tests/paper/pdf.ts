import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

// What a printed PDF says, read with poppler (Debian's poppler-utils): each page's size, text, words with
// their boxes, fonts; and PNGs of its pages for a person to look at.

function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0)
    throw new Error(
      `${tool} không chạy được (apt-get install -y poppler-utils) / ${tool} failed: ${run.stderr ?? run.error}`,
    );
  return run.stdout;
}

/** Each page's size in points. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = poppler("pdfinfo", ["-f", "1", "-l", "999", pdf]);
  return [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The text in reading order (of pages first…last, or all), whitespace collapsed to single spaces. */
export function pdfText(pdf: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ["-f", String(first), "-l", String(last ?? first)];
  return poppler("pdftotext", ["-raw", ...range, pdf, "-"])
    .replace(/\s+/g, " ")
    .trim();
}

/** A word of a PDF page with its box (points), from `pdftotext -bbox`. */
export interface PdfWord {
  page: number;
  text: string;
  width: number;
  height: number;
}

/** A word's box in Liberation Serif / Times New Roman is about 1.03 × the font size (measured). */
export const BOX_PER_POINT = 1.03;

const unescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function pdfWords(pdf: string): PdfWord[] {
  return poppler("pdftotext", ["-bbox", pdf, "-"])
    .split("<page ")
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({
          page: i + 1,
          text: unescape(m[5]),
          width: Number(m[3]) - Number(m[1]),
          height: Number(m[4]) - Number(m[2]),
        }),
      ),
    );
}

/**
 * A word's font size from its box. A word turned upright (a narrow column's header) has its length as
 * height: for a short one the width tells the size.
 */
export const fontSize = (w: PdfWord) =>
  (w.text.length <= 3 ? Math.max(w.height, w.width) : w.height) / BOX_PER_POINT;

/** The fonts the PDF uses, by name without the subset prefix. */
export function pdfFonts(pdf: string): string[] {
  return poppler("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""));
}

/**
 * PNGs of every page at 60 dpi, as test-output/<folder>/<name>-<page>.png, for a person to look at;
 * the pictures of an earlier print of that name are removed first. Returns the folder.
 */
export function pagePictures(pdf: string, folder: string, name = "page"): string {
  const dir = path.join(__dirname, "..", "..", "test-output", folder);
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`)) rmSync(path.join(dir, old));
  poppler("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, name)]);
  return dir;
}
