import { crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The part's bytes, or a function that writes the deflated stream itself (for a bomb). */
  data: Uint8Array;
  /** Deflate it (the default), or store it as is. */
  store?: boolean;
  /** The size the headers give, when they are to lie. */
  declared?: number;
}

/** A zip written byte by byte, so a test controls every field (and can build a bomb cheaply). */
export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.store ? Buffer.from(e.data) : deflateRawSync(e.data, { level: 9 });
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(e.store ? 0 : 8, 8);
    head.writeUInt32LE(crc32(e.data), 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(e.declared ?? e.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    head.copy(dir, 8, 6, 30);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, name, body);
    central.push(dir, name);
    offset += head.length + name.length + body.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

const enc = (s: string) => Buffer.from(s);

/** A one-sheet workbook whose sheet part is `sheet` (and shared strings, when given). */
export function oneSheetZip(
  sheet: Uint8Array,
  sharedStrings?: Uint8Array,
  store = false,
  declared?: number,
): Buffer {
  return rawZip([
    {
      name: "xl/workbook.xml",
      data: enc(
        `<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: enc(
        `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    ...(sharedStrings ? [{ name: "xl/sharedStrings.xml", data: sharedStrings, store }] : []),
    { name: "xl/worksheets/sheet1.xml", data: sheet, store, declared },
  ]);
}
