import { SaxesParser, type SaxesTagPlain } from "saxes";
import { damaged, type Budget } from "./limits";
import { partChunks, type ZipEntry } from "./zip";

/** What a part's reader does with its elements; names come without their namespace prefix. */
export interface PartHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
  /** Checked after each chunk: true when the reader has what it needs from this part. */
  done?(): boolean;
}

export const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/**
 * Streams one part through the XML parser: inflated a few KB at a time, decoded as UTF-8 with the
 * decoder carrying a character split across two chunks over to the next one. Malformed XML or UTF-8
 * is a damaged file.
 */
export function parsePart(zip: Uint8Array, entry: ZipEntry, budget: Budget, handler: PartHandler): void {
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
  for (const chunk of partChunks(zip, entry, budget)) {
    parser.write(decode(chunk));
    if (handler.done?.()) return;
  }
  parser.write(decode());
  parser.close();
}
