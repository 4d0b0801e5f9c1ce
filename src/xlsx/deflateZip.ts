import { deflateRawSync } from "node:zlib";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag: sizes follow the data instead of being in the local header. */
const DATA_DESCRIPTOR = 0x08;

/**
 * A zip written by exceljs with its parts stored (`compression: "STORE"`), compressed as exceljs compresses
 * by default: every file deflated, folders left stored, and nothing else changed (names, dates, CRCs,
 * attributes, order). exceljs deflates with pako, in JavaScript, about 0.1 s of CPU for a merged
 * workbook; node:zlib does it natively in a few milliseconds.
 */
export function deflateStoredZip(stored: Uint8Array): Buffer {
  const zip = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END) end--;
  if (end < 0) throw new Error("exceljs wrote no zip directory");
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = Buffer.from(
      zip.subarray(at, at + 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)),
    );
    const local = zip.readUInt32LE(at + 42);
    if (entry.readUInt32LE(0) !== CENTRAL || zip.readUInt32LE(local) !== LOCAL)
      throw new Error("exceljs wrote an unexpected zip");
    if (zip.readUInt16LE(local + 6) & DATA_DESCRIPTOR) throw new Error("exceljs wrote a streamed zip");
    const header = Buffer.from(
      zip.subarray(local, local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)),
    );
    let data = zip.subarray(local + header.length, local + header.length + header.readUInt32LE(18));
    const folder = zip.toString("utf8", at + 46, at + 46 + nameLength).endsWith("/");
    if (!folder && header.readUInt16LE(8) === STORED) {
      data = deflateRawSync(data);
      header.writeUInt16LE(DEFLATED, 8);
      header.writeUInt32LE(data.length, 18);
      entry.writeUInt16LE(DEFLATED, 10);
      entry.writeUInt32LE(data.length, 20);
    }
    entry.writeUInt32LE(offset, 42);
    parts.push(header, data);
    directory.push(entry);
    offset += header.length + data.length;
    at += entry.length;
  }
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(
    directory.reduce((n, e) => n + e.length, 0),
    12,
  );
  tail.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, tail]);
}
