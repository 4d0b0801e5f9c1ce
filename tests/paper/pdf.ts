import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

// What a printed PDF says, read with poppler (Debian's poppler-utils): pages, page size, text, words
// with their boxes, fonts; and PNGs of its pages for a person to look at.

function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status !== 0)
    throw new Error(
      `${tool} không chạy được (apt-get install -y poppler-utils) / ${tool} failed: ${run.stderr ?? run.error}`,
    );
  return run.stdout;
}

export interface PdfInfo {
  pages: number;
  /** Width and height in points. */
  size: [number, number];
}

export function pdfInfo(pdf: string): PdfInfo {
  const info = poppler("pdfinfo", [pdf]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: [Number(size[1]), Number(size[2])] };
}

/** The text in reading order, whitespace collapsed to single spaces. */
export function pdfText(pdf: string): string {
  return poppler("pdftotext", ["-raw", pdf, "-"]).replace(/\s+/g, " ").trim();
}

export interface PdfWord {
  text: string;
  page: number;
  /** The box's height in points: ascent plus descent of the font size the word is printed at. */
  height: number;
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

export function pdfWords(pdf: string): PdfWord[] {
  const html = poppler("pdftotext", ["-bbox", pdf, "-"]);
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ text: unescape(m[3]), page, height: Number(m[2]) - Number(m[1]) });
  }
  return words;
}

/** The fonts the PDF uses, by name without the subset prefix. */
export function pdfFonts(pdf: string): string[] {
  return poppler("pdffonts", [pdf])
    .split("\n")
    .slice(2)
    .filter(Boolean)
    .map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""));
}

/** PNGs of every page at 60 dpi into `dir`, as `<name>-<page>.png`; returns their paths. */
export function pagePngs(pdf: string, dir: string, name: string): string[] {
  mkdirSync(dir, { recursive: true });
  poppler("pdftoppm", ["-r", "60", "-png", pdf, path.join(dir, name)]);
  const { pages } = pdfInfo(pdf);
  const digits = String(pages).length;
  return Array.from({ length: pages }, (_, i) =>
    path.join(dir, `${name}-${String(i + 1).padStart(digits, "0")}.png`),
  );
}
