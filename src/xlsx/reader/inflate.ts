import { Inflate } from "fflate";
import { crc32 } from "./crc32";

/**
 * How a part's deflated bytes become its XML: fflate in the pane's worker (and by default), node:zlib on
 * the command line (src/xlsx/reader/nodeInflater.ts, never imported by the pane's bundle).
 */
export interface Inflater {
  /**
   * The inflated bytes, a piece at a time, stopping with `PartTooLarge` once more than `limit` bytes
   * came out. A reader that has what it needs stops asking for pieces.
   */
  inflate(data: Uint8Array, limit: number): Iterable<Uint8Array>;
  crc32(bytes: Uint8Array, crc: number): number;
}

/** Thrown by an inflater past its limit (the reader names the part). */
export class PartTooLarge extends Error {}

/**
 * Compressed bytes handed to fflate at a time (deflate inflates at most ~1,032× that per step): a
 * small first slice, so that the top of a sheet that is not a report costs little even in a bomb.
 */
const FIRST_SLICE = 1024;
const SLICE = 16 * 1024;

export const fflateInflater: Inflater = {
  *inflate(data, limit) {
    let out: Uint8Array[] = [];
    let size = 0;
    const inflater = new Inflate((chunk) => out.push(chunk));
    for (let i = 0, end = FIRST_SLICE; i < data.length || i === 0; i = end, end += SLICE) {
      inflater.push(data.subarray(i, end), end >= data.length);
      const ready = out;
      out = [];
      for (const chunk of ready) {
        size += chunk.length;
        if (size > limit) throw new PartTooLarge();
        yield chunk;
      }
    }
  },
  crc32,
};
