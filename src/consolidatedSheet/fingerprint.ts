import { SUMMARY_MARKER } from "./marker";

/** In the hidden cell after the marker: a digest of the values the merge wrote, to tell later edits. */
export const FINGERPRINT_PREFIX = "chitieu-written/1/";

const isOwnCell = (v: unknown) =>
  typeof v === "string" && (v.startsWith(SUMMARY_MARKER) || v.startsWith(FINGERPRINT_PREFIX));

/** One cell as Excel reads it back, whatever was written: numbers to Excel's 15 digits, blanks skipped. */
function canonical(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return `n${Number(v.toPrecision(15))}`;
  return `${typeof v === "boolean" ? "b" : "s"}${String(v)}`;
}

/** FNV-1a over UTF-16 code units, 32 bits, from `seed`. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/**
 * A digest of a sheet's values by position (sheet row and column from `origin`), the marker and this
 * digest's own cell left out: the same for what a merge wrote and for the sheet read back unchanged.
 */
export function valuesFingerprint(
  rows: readonly (readonly unknown[])[],
  origin = { row: 0, col: 0 },
): string {
  const cells: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const text = isOwnCell(v) ? null : canonical(v);
      if (text !== null) cells.push(`${origin.row + r},${origin.col + c}:${text}`);
    }),
  );
  const all = cells.join("\u0000");
  return FINGERPRINT_PREFIX + fnv(all, 0x811c9dc5) + fnv(all, 0x01234567);
}
