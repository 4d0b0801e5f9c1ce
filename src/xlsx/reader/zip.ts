import { PartTooLarge, type Inflater } from "./inflate";
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
  /** Where its record in the central directory starts, and its length in bytes. */
  record: { at: number; length: number };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Bytes of a stored (not deflated) part handed on at a time. */
export const STORED_CHUNK = 64 * 1024;
const utf8 = new TextDecoder();

/** Where the zip's end-of-directory record starts (it ends the file, before a comment of up to 64 KB). */
export function directoryEnd(zip: Uint8Array): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== EOCD) end--;
  if (end < stop) throw damaged("không thấy mục lục của tệp zip", "the zip's directory is missing");
  return end;
}

/** The zip's entries, by lower-case name (OOXML part names are case-insensitive), in the directory's order. */
export function listEntries(zip: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = directoryEnd(zip);
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
    const length = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(zip.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/"),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      record: { at, length },
    };
    if (flags & 1) throw refusals.encrypted();
    entries.set(entry.name.toLowerCase(), entry);
    at += length;
  }
  return entries;
}

/** Where a part's bytes start: past its local header. */
export function dataStart(zip: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const at = entry.offset;
  if (at + 30 > zip.length || view.getUint32(at, true) !== LOCAL)
    throw damaged(`không tìm thấy phần ${entry.name}`, `part ${entry.name} is not where the directory says`);
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/** A part's bytes as the zip holds them (deflated or stored). */
export function compressedBytes(zip: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = dataStart(zip, entry);
  if (start + entry.compressedSize > zip.length)
    throw damaged(`phần ${entry.name} bị cắt`, `part ${entry.name} is cut short`);
  return zip.subarray(start, start + entry.compressedSize);
}

/**
 * A part's bytes as they inflate, within the budget. A part whose directory entry says it is past the
 * limit is read no further than its first piece (enough for the top of a sheet that is not a report),
 * and one that inflates past what its entry says is damaged: either way the inflater stops there.
 * Otherwise its CRC is always checked, also when the reader stops early (the rest is inflated then), so
 * that no changed byte is ever read as data; only a part the reader turns out not to use at all
 * (`reading.used` set to false before it stops) is left unchecked.
 */
export function* partChunks(
  zip: Uint8Array,
  entry: ZipEntry,
  budget: Budget,
  inflater: Inflater,
  reading: { used: boolean } = { used: true },
): Generator<Uint8Array> {
  const limit = budget.limits.partBytes;
  const tooBig = entry.size > limit;
  if (entry.method !== 0 && entry.method !== 8)
    throw damaged(
      `phần ${entry.name} nén theo cách ${entry.method} không hỗ trợ`,
      `part ${entry.name} uses unsupported compression ${entry.method}`,
    );
  const data = compressedBytes(zip, entry);
  let size = 0;
  let crc = 0;
  const pieces = entry.method === 0 ? storedChunks(data) : inflated(inflater, entry, data, limit);
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw refusals.partTooBig(entry.name, limit);
    if (size > entry.size) throw sizeChanged(entry);
    budget.addBytes(chunk.length);
    crc = inflater.crc32(chunk, crc);
  };
  let settled = false;
  try {
    // Stepped by hand: a for…of would close `pieces` when the reader stops, and the rest could not be checked.
    for (let next = pieces.next(); !next.done; next = pieces.next()) {
      take(next.value);
      yield next.value;
      if (tooBig) throw refusals.partTooBig(entry.name, limit);
    }
    settled = true;
  } catch (e) {
    settled = true;
    throw e;
  } finally {
    // The reader stopped early: what it read is only trusted once the rest inflates to the zip's CRC
    // (unless it uses nothing of it: the top of a sheet that is not a report).
    if (!settled && reading.used) {
      for (let next = pieces.next(); !next.done; next = pieces.next()) take(next.value);
      checkCrc(entry, size, crc);
    }
  }
  checkCrc(entry, size, crc);
}

function checkCrc(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size || crc !== entry.crc)
    throw damaged(`dữ liệu của ${entry.name} bị thay đổi (CRC)`, `the data of ${entry.name} changed (CRC)`);
}

const sizeChanged = (entry: ZipEntry) =>
  damaged(
    `phần ${entry.name} lớn hơn mục lục zip ghi (${entry.size} byte)`,
    `part ${entry.name} is larger than the zip's directory says (${entry.size} bytes)`,
  );

function* storedChunks(data: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < data.length; i += STORED_CHUNK) yield data.subarray(i, i + STORED_CHUNK);
}

function* inflated(inflater: Inflater, entry: ZipEntry, data: Uint8Array, limit: number) {
  const cap = Math.min(entry.size, limit);
  const pieces = inflater.inflate(data, cap)[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = pieces.next();
    } catch (e) {
      if (e instanceof PartTooLarge)
        throw cap === limit ? refusals.partTooBig(entry.name, limit) : sizeChanged(entry);
      throw damaged(
        `không giải nén được ${entry.name}: ${(e as Error).message}`,
        `${entry.name} does not inflate: ${(e as Error).message}`,
      );
    }
    if (next.done) return;
    yield next.value;
  }
}
