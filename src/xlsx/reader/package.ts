import type { Inflater } from "./inflate";
import { damaged, refusals, type Budget } from "./limits";
import { ENOUGH, parsePart } from "./xml";
import type { ZipEntry } from "./zip";

/** The parts of an OOXML package this reader needs, found by their relationships as Excel does. */
export interface Relationship {
  /** The part's name in the zip, resolved against the part that points to it. */
  target: string;
  /** The last word of the relationship type: "officeDocument", "worksheet", "sharedStrings"… */
  kind: string;
}

export interface SheetEntry {
  name: string;
  relId: string;
}

/** A package open for reading: its entries and the budget its reading spends. */
export interface Package {
  zip: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: Budget;
  inflater: Inflater;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);

/** A relationship's target as a part name: relative to the source part's folder, or absolute from the root. */
export function resolvePart(source: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const out: string[] = [];
  for (const step of path.split("/")) {
    if (step === "..") out.pop();
    else if (step !== "." && step !== "") out.push(step);
  }
  return out.join("/");
}

export const entryOf = (pkg: Package, part: string) => pkg.entries.get(part.toLowerCase());

/** The relationships of a part (from its `_rels/…rels` file), by id; none when that file is absent. */
export function relationshipsOf(pkg: Package, part: string): Map<string, Relationship> {
  const relsName = `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
  const entry = entryOf(pkg, relsName);
  const rels = new Map<string, Relationship>();
  if (!entry) return rels;
  parsePart(pkg, entry, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target || a.TargetMode === "External") return;
      rels.set(a.Id, { target: resolvePart(part, a.Target), kind: a.Type?.split("/").pop() ?? "" });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The workbook's sheets in tab order, with the relationship id of each. */
export function sheetsOf(pkg: Package, workbook: ZipEntry): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  parsePart(pkg, workbook, {
    open(name, a) {
      if (name !== "sheet") return;
      const relId = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
      if (!relId || a.name === undefined)
        throw damaged("trang tính không có tên hoặc đích", "a sheet has no name or target");
      sheets.push({ name: a.name, relId });
    },
    close(name) {
      if (name === "sheets") throw ENOUGH;
    },
    text() {},
  });
  return sheets;
}

/** The shared strings, each as its plain text (rich-text runs joined, phonetic guides left out). */
export function sharedStringsOf(pkg: Package, entry: ZipEntry): string[] {
  const strings: string[] = [];
  const limit = pkg.budget.limits.strings;
  let text = "";
  let inText = false;
  let phonetic = 0;
  parsePart(pkg, entry, {
    open(name) {
      if (name === "t") inText = phonetic === 0;
      else if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        if (strings.length >= limit) throw refusals.tooManyStrings(limit);
        strings.push(text);
      }
    },
    text(t) {
      if (inText) text += t;
    },
  });
  return strings;
}
