// No Node import here: the task pane reads picked files with this module too.

const END_OF_CHAIN = 0xfffffffa; // and above: free, end of chain, FAT or DIFAT sector marks
const HEADER_DIFAT = 109;

/**
 * The names of the entries of an OLE2 compound file (an .xls, or an Office file encrypted with a
 * password, which holds "EncryptionInfo" and "EncryptedPackage"). Only the directory is read; a
 * damaged file gives the names found before the damage.
 */
export function compoundFileNames(data: Uint8Array): string[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (data.length < 512) return [];
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const perSector = size / 4;
  const maxSectors = Math.ceil(data.length / size);
  const offset = (sector: number) => (sector + 1) * size;
  const inside = (sector: number) => sector < END_OF_CHAIN && offset(sector) + size <= data.length;

  // The sectors of the allocation table: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) fatSectors.push(view.getUint32(76 + i * 4, true));
  for (let s = view.getUint32(68, true), n = 0; inside(s) && n < maxSectors; n++) {
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(view.getUint32(offset(s) + i * 4, true));
    s = view.getUint32(offset(s) + (perSector - 1) * 4, true);
  }
  const next = (sector: number) => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    return fat !== undefined && inside(fat)
      ? view.getUint32(offset(fat) + (sector % perSector) * 4, true)
      : END_OF_CHAIN;
  };

  const names: string[] = [];
  for (let s = view.getUint32(48, true), n = 0; inside(s) && n < maxSectors; s = next(s), n++) {
    for (let entry = offset(s); entry < offset(s) + size; entry += 128) {
      const length = Math.min(view.getUint16(entry + 64, true), 64);
      if (length < 2 || data[entry + 66] === 0) continue;
      let name = "";
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
  }
  return names;
}

/** Whether the bytes are an Office file encrypted with a password (it is then a compound file). */
export const isEncryptedOfficeFile = (data: Uint8Array) =>
  compoundFileNames(data).includes("EncryptedPackage");
