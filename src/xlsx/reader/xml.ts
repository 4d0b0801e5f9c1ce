import { SaxesParser, type SaxesTagPlain } from "saxes";
import { damaged } from "./limits";
import type { Package } from "./package";
import { partChunks, type ZipEntry } from "./zip";

/** What a part's reader does with its elements; names come without their namespace prefix. */
export interface PartHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** Thrown by a handler that has what it needs from its part: the part is read no further. */
export const ENOUGH = Symbol("enough");
/**
 * Thrown by a handler that finds the part is not one it wants (a sheet that is not a report): it is
 * read no further, and its rest is not inflated to check it, since nothing read from it is used.
 */
export const UNWANTED = Symbol("unwanted");

export const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams one part through the XML parser, as it inflates, decoded as UTF-8 with the
 * decoder carrying a character split across two chunks over to the next one. Malformed XML or UTF-8
 * is a damaged file.
 */
export function parsePart(pkg: Package, entry: ZipEntry, handler: PartHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false } as const);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw damaged(`${entry.name} không phải UTF-8 hợp lệ`, `${entry.name} is not valid UTF-8`);
    }
  };
  parser.on("error", (e) => {
    throw damaged(
      `XML của ${entry.name} sai: ${e.message}`,
      `the XML of ${entry.name} is malformed: ${e.message}`,
    );
  });
  parser.on("opentag", (tag: SaxesTagPlain) => handler.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag: SaxesTagPlain) => handler.close(localName(tag.name)));
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  const reading = { used: true };
  /** A handler's stop, noted; anything else thrown goes on. */
  const stopped = (e: unknown) => {
    if (e !== ENOUGH && e !== UNWANTED) throw e;
    reading.used = e === ENOUGH;
  };
  // Leaving with `return`, not a throw: closing the part's chunks checks its CRC, and only a loop left
  // without a throw lets that check's error through (a throw out of the loop would hide it).
  for (const chunk of partChunks(pkg.zip, entry, pkg.budget, pkg.inflater, reading)) {
    try {
      parser.write(decode(chunk));
    } catch (e) {
      stopped(e);
      return;
    }
  }
  try {
    parser.write(decode());
    parser.close();
  } catch (e) {
    stopped(e);
  }
}
