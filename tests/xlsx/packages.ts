import { zipSync, type ZipOptions } from "fflate";
import type { RawCell } from "../../src/domain";

/**
 * .xlsx packages laid out as the programs clerks save with lay them out, built here from grids so
 * that each layout's traits are explicit:
 * - excel: [Content_Types] first, workbook before its sheets, shared strings after the sheets,
 *   numbers as shared formulas with cached values, styles and a theme, `xml:space` text;
 * - libreoffice: parts in LibreOffice's order (shared strings and sheets before the workbook,
 *   [Content_Types] last), every formula written in full (`aca="false"`), booleans as `t="b"`;
 * - wps: inline strings (`t="inlineStr"`) instead of a shared-strings part, elements with the
 *   `x:` namespace prefix, some parts stored rather than deflated.
 */
export type Layout = "excel" | "libreoffice" | "wps";

export interface SheetSpec {
  name: string;
  rows: readonly (readonly RawCell[])[];
  merges?: readonly string[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const enc = new TextEncoder();

export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export const colName = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + colName(c % 26);

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(s: string): number {
    if (!this.index.has(s)) this.index.set(s, this.list.push(s) - 1);
    return this.index.get(s)!;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(
  layout: Layout,
  ref: string,
  v: RawCell,
  strings: Strings,
  shared: { master?: string },
): string {
  const x = layout === "wps" ? "x:" : "";
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    if (layout === "wps")
      return `<x:c r="${ref}" t="inlineStr"><x:is><x:t xml:space="preserve">${escapeXml(v)}</x:t></x:is></x:c>`;
    return `<c r="${ref}" s="1" t="s"><v>${strings.of(v)}</v></c>`;
  }
  if (typeof v === "number") {
    if (layout !== "excel") return `<${x}c r="${ref}"><${x}v>${v}</${x}v></${x}c>`;
    // Excel writes a filled-down formula once and refers to it from the other cells.
    const f = shared.master
      ? `<f t="shared" si="0"/>`
      : `<f t="shared" ref="${ref}:${ref.replace(/\d+/, "9999")}" si="0">N(${v})</f>`;
    shared.master ??= ref;
    return `<c r="${ref}" s="2">${f}<v>${v}</v></c>`;
  }
  if (typeof v === "boolean") return `<${x}c r="${ref}" t="b"><${x}v>${v ? 1 : 0}</${x}v></${x}c>`;
  if (v instanceof Date)
    return `<${x}c r="${ref}"><${x}v>${v.getTime() / 86_400_000 + 25_569}</${x}v></${x}c>`;
  if ("error" in v) return `<${x}c r="${ref}" t="e"><${x}f>1/0</${x}f><${x}v>${v.error}</${x}v></${x}c>`;
  const aca = layout === "libreoffice" ? ` aca="false"` : "";
  return `<${x}c r="${ref}"><${x}f${aca}>SUM(A1:A2)</${x}f></${x}c>`;
}

export function sheetXml(layout: Layout, sheet: SheetSpec, strings: Strings): string {
  const x = layout === "wps" ? "x:" : "";
  const shared = {};
  const rows = sheet.rows
    .map((cells, r) => {
      const body = cells.map((v, c) => cellXml(layout, `${colName(c)}${r + 1}`, v, strings, shared)).join("");
      return body ? `<${x}row r="${r + 1}">${body}</${x}row>` : "";
    })
    .join("");
  const merges = sheet.merges?.length
    ? `<${x}mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<${x}mergeCell ref="${m}"/>`).join("")}</${x}mergeCells>`
    : "";
  const ns = layout === "wps" ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}worksheet ${ns} xmlns:r="${REL}"><${x}sheetData>${rows}</${x}sheetData>${merges}</${x}worksheet>`;
}

/** The package of `sheets` as `layout` lays it out. */
export function packageOf(layout: Layout, sheets: readonly SheetSpec[]): Uint8Array {
  const strings = new Strings();
  const x = layout === "wps" ? "x:" : "";
  const ns = layout === "wps" ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const sheetParts = sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(layout, s, strings)]);
  const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${x}workbook ${ns} xmlns:r="${REL}"><${x}sheets>${sheets
    .map((s, i) => `<${x}sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("")}</${x}sheets></${x}workbook>`;
  const hasStrings = strings.list.length > 0;
  const wbRels = `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}">${sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${layout === "libreoffice" ? "" : "/xl/"}worksheets/sheet${i + 1}.xml"/>`,
    )
    .join("")}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>${
    hasStrings ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""
  }</Relationships>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN}"><cellXfs count="3"><xf/><xf/><xf/></cellXfs></styleSheet>`;
  const theme = `<?xml version="1.0" encoding="UTF-8"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"/>`;
  const parts: [string, string][] =
    layout === "libreoffice"
      ? [
          ["_rels/.rels", rootRels],
          ["xl/_rels/workbook.xml.rels", wbRels],
          ...(hasStrings ? [["xl/sharedStrings.xml", strings.xml()] as [string, string]] : []),
          ...(sheetParts as [string, string][]),
          ["xl/styles.xml", styles],
          ["xl/workbook.xml", workbook],
          ["[Content_Types].xml", types],
        ]
      : [
          ["[Content_Types].xml", types],
          ["_rels/.rels", rootRels],
          ["xl/workbook.xml", workbook],
          ["xl/_rels/workbook.xml.rels", wbRels],
          ...(sheetParts as [string, string][]),
          ["xl/theme/theme1.xml", theme],
          ["xl/styles.xml", styles],
          ...(hasStrings ? [["xl/sharedStrings.xml", strings.xml()] as [string, string]] : []),
        ];
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  parts.forEach(
    ([name, text], i) => (files[name] = [enc.encode(text), { level: layout === "wps" && i % 2 ? 0 : 6 }]),
  );
  return zipSync(files);
}
