// Per-page reading of a PDF with poppler: each page's size, a range of pages' text, word sizes that allow for
// upright (rotated) header words; PNGs to test-output/<name>/ (the folder emptied first).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

/** A word of a PDF page with its box (points), from `pdftotext -bbox`. */
export interface Word {
  page: number;
  text: string;
  width: number;
  height: number;
}

const decode = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map(
        (m) => ({
          page: i + 1,
          text: decode(m[5]),
          width: Number(m[3]) - Number(m[1]),
          height: Number(m[4]) - Number(m[2]),
        }),
      ),
    );
}

/**
 * A word's font size: its box's height (Times New Roman's box is 1.03 × the size). A word turned upright
 * (a narrow column's header) has its length as height: for a short one the width tells the size.
 */
export const fontSize = (w: Word) => (w.text.length <= 3 ? Math.max(w.height, w.width) : w.height) / 1.03;

/** Each page's size in points, from `pdfinfo`. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** The text of pages first…last, whitespace made single spaces. */
export function pdfText(pdf: string, first: number, last: number): string {
  return execFileSync("pdftotext", ["-raw", "-f", String(first), "-l", String(last), pdf, "-"], {
    encoding: "utf8",
  }).replace(/\s+/g, " ");
}

/** Pictures of the pages in test-output/<name>/ at 60 dpi, to look at. */
export function pagePictures(pdf: string, name: string): string {
  const dir = path.join(__dirname, "..", "..", "test-output", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, "page")]);
  return dir;
}
