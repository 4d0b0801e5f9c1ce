import { constants as buffer } from "node:buffer";
import { constants, crc32, inflateRawSync } from "node:zlib";
import { PartTooLarge, type Inflater } from "./inflate";

// Node only (the command line): zlib's native inflater, bounded by maxOutputLength, so a bomb is
// refused as soon as it passes the limit, at native speed.

/** Parts up to this size on disk (a report's are a few KB) are inflated in one step. */
const ONE_STEP = 64 * 1024;
/**
 * A larger part is inflated from ever longer starts of its compressed bytes (1 KB, 16 KB, 256 KB… at
 * most ~1,032× that once inflated), each step handing on only what is new: a sheet without a report
 * marker is read no further than its top, and a bomb stops at the first step past the limit.
 */
const FIRST_STEP = 1024;
const GROWTH = 16;

function inflateUpTo(data: Uint8Array, limit: number, finishFlush?: number): Buffer {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.min(limit + 1, buffer.MAX_LENGTH), finishFlush });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new PartTooLarge();
    throw e;
  }
}

export const nodeInflater: Inflater = {
  *inflate(data, limit) {
    if (data.length <= ONE_STEP) {
      yield inflateUpTo(data, limit);
      return;
    }
    let handedOn = 0;
    for (let step = FIRST_STEP; step < data.length; step *= GROWTH) {
      const start = inflateUpTo(data.subarray(0, step), limit, constants.Z_SYNC_FLUSH);
      yield start.subarray(handedOn);
      handedOn = start.length;
    }
    yield inflateUpTo(data, limit).subarray(handedOn);
  },
  crc32: (bytes, crc) => crc32(bytes, crc),
};
