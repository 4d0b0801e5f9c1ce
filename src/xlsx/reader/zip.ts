import { Inflate } from "fflate";
import { crc32 } from "./crc32";
import { damaged, refusals, type Budget } from "./limits";

/** One file inside the zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where its local header starts: the order the zip holds it in. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: deflate inflates at most ~1,032× that per step. */
const SLICE = 4096;
/** Bytes of a stored (not deflated) part handed on at a time. */
export const STORED_CHUNK = SLICE * 16;
const utf8 = new TextDecoder();

/** The zip's entries, by lower-case name (OOXML part names are case-insensitive). */
export function listEntries(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== EOCD) end--;
  if (end < stop) throw damaged("không thấy mục lục của tệp zip", "the zip's directory is missing");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    throw damaged("tệp zip64 không được hỗ trợ", "zip64 files are not supported");
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL)
      throw damaged("mục lục zip bị cắt hoặc sai", "the zip's directory is cut short or wrong");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      name: utf8.decode(zip.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/"),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (flags & 1) throw refusals.encrypted();
    entries.set(entry.name.toLowerCase(), entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A part's bytes as the zip holds them (deflated or stored). */
export function compressedBytes(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.offset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL)
    throw damaged(`không tìm thấy phần ${entry.name}`, `part ${entry.name} is not where the directory says`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > zip.length)
    throw damaged(`phần ${entry.name} bị cắt`, `part ${entry.name} is cut short`);
  return zip.subarray(start, start + entry.compressedSize);
}

/**
 * A part's bytes as they inflate, a few KB at a time, within the budget. Its size and CRC are checked
 * once it is all read; a reader that stops early (a sheet that is not a report) inflates no further.
 */
export function* partChunks(zip: Uint8Array, entry: ZipEntry, budget: Budget): Generator<Uint8Array> {
  const data = compressedBytes(zip, entry);
  const limit = budget.limits.partBytes;
  let size = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw refusals.partTooBig(entry.name, limit);
    budget.addBytes(chunk.length);
    crc = crc32(chunk, crc);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += STORED_CHUNK) {
      const chunk = data.subarray(i, i + STORED_CHUNK);
      take(chunk);
      yield chunk;
    }
  } else if (entry.method === 8) {
    let out: Uint8Array[] = [];
    const inflater = new Inflate((chunk) => out.push(chunk));
    for (let i = 0; i < data.length || i === 0; i += SLICE) {
      try {
        inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
      } catch (e) {
        throw damaged(
          `không giải nén được ${entry.name}: ${(e as Error).message}`,
          `${entry.name} does not inflate: ${(e as Error).message}`,
        );
      }
      const ready = out;
      out = [];
      for (const chunk of ready) {
        take(chunk);
        yield chunk;
      }
    }
  } else {
    throw damaged(
      `phần ${entry.name} nén theo cách ${entry.method} không hỗ trợ`,
      `part ${entry.name} uses unsupported compression ${entry.method}`,
    );
  }
  if (size !== entry.size || crc !== entry.crc)
    throw damaged(`dữ liệu của ${entry.name} bị thay đổi (CRC)`, `the data of ${entry.name} changed (CRC)`);
}
