import { DOCUMENT_FONT, type Look } from "./look";
import { lineCount, rowHeight } from "./measure";
import { upper, type DocumentSettings } from "./settings";

/** A cell of a document's head or foot. */
export interface DocumentCell {
  value?: string;
  look?: Look;
}

/** Cells merged into one: from (row, col), `rows` high and `cols` wide. */
export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rows of cells exactly `widths.length` wide, the merges among them and each row's height in points. */
export interface DocumentBlock {
  rows: DocumentCell[][];
  merges: Merge[];
  heights: number[];
}

/**
 * The columns a head or foot spans, as the sheet's column widths (Excel units): the left block (bodies,
 * number, “Nơi nhận”, the preparer) takes columns [0, split), the right block (national heading, place
 * and date, signature) [split, widths.length).
 */
export interface DocumentSpan {
  widths: readonly number[];
  split: number;
}

/** What the document is and what it is about: “BÁO CÁO” / “Kết quả thực hiện các chỉ tiêu … năm 2025”. */
export interface DocumentTitle {
  kind: string;
  subject: string;
  /** The year printed in a blank date (“ngày … tháng … năm 2025”); absent leaves it blank too. */
  year?: number;
}

const look = (size: number, more: Omit<Look, "font" | "size"> = {}): Look => ({
  font: DOCUMENT_FONT,
  size,
  align: "center",
  wrap: true,
  ...more,
});

// Sizes and emphasis after decree 30/2020/NĐ-CP appendix I (decision 933/QĐ-TLĐ follows it).
export const DOCUMENT_LOOKS = {
  superior: look(13),
  issuer: look(13, { bold: true }),
  nation: look(12, { bold: true }),
  motto: look(13, { bold: true, underline: true }),
  number: look(13),
  placeDate: look(13, { italic: true }),
  kind: look(14, { bold: true }),
  subject: look(14, { bold: true }),
  recipientsHead: look(12, { bold: true, italic: true, align: "left", wrap: false }),
  recipient: look(11, { align: "left" }),
  signerCapacity: look(13, { bold: true }),
  signerTitle: look(13, { bold: true }),
  signerName: look(13, { bold: true }),
} satisfies Record<string, Look>;

type Part = { text: string; look: Look } | null;

const sum = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0);

/** Builds rows of [left, right] pairs (or one text across the width) with merges and heights. */
function block(span: DocumentSpan, lines: ReadonlyArray<[Part, Part] | Part>): DocumentBlock {
  const width = span.widths.length;
  const left = sum(span.widths.slice(0, span.split));
  const right = sum(span.widths.slice(span.split));
  const out: DocumentBlock = { rows: [], merges: [], heights: [] };
  lines.forEach((line, r) => {
    const row: DocumentCell[] = Array.from({ length: width }, () => ({}));
    const pieces: Array<{ part: Part; col: number; cols: number; units: number }> = Array.isArray(line)
      ? [
          { part: line[0], col: 0, cols: span.split, units: left },
          { part: line[1], col: span.split, cols: width - span.split, units: right },
        ]
      : [{ part: line, col: 0, cols: width, units: left + right }];
    let height = rowHeight(1, 11);
    for (const { part, col, cols, units } of pieces) {
      if (!part) continue;
      row[col] = { value: part.text, look: part.look };
      if (cols > 1) out.merges.push({ row: r, col, rows: 1, cols });
      const size = part.look.size ?? 11;
      const n = part.look.wrap === false ? 1 : lineCount(part.text, size, units, part.look.bold);
      height = Math.max(height, rowHeight(n, size));
    }
    out.rows.push(row);
    out.heights.push(height);
  });
  return out;
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * “Bình Định, ngày 05 tháng 02 năm 2025”: day below 10 and month below 3 with a leading zero (decree
 * 30/2020/NĐ-CP). A blank date leaves day and month to write by hand.
 */
export function placeAndDate(place: string, date: string, year?: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return `${place}, ngày     tháng     năm ${year ?? "20…"}`;
  const month = Number(m[2]);
  return `${place}, ngày ${twoDigits(Number(m[3]))} tháng ${month < 3 ? twoDigits(month) : month} năm ${m[1]}`;
}

/** “Số: 12/BC-CĐCS”, or “Số:      /BC-CĐCS” to number by hand. */
export const numberLine = (s: DocumentSettings) => `Số: ${s.number.trim() || "     "}/${s.symbol}`;

const part = (text: string, l: Look): Part => (text.trim() ? { text, look: l } : null);

/** The head: bodies and national heading, number and date, a blank row, the title. */
export function documentHead(
  settings: DocumentSettings,
  title: DocumentTitle,
  span: DocumentSpan,
): DocumentBlock {
  const L = DOCUMENT_LOOKS;
  return block(span, [
    [part(upper(settings.superior), L.superior), part("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", L.nation)],
    [part(upper(settings.issuer), L.issuer), part("Độc lập - Tự do - Hạnh phúc", L.motto)],
    [
      part(numberLine(settings), L.number),
      part(placeAndDate(settings.place, settings.date, title.year), L.placeDate),
    ],
    null,
    part(upper(title.kind), L.kind),
    part(title.subject, L.subject),
    null,
  ]);
}

/**
 * Each recipient's leading dash: an en dash, which looks the same on paper, because a cell text starting
 * with "-" is made inert with an apostrophe that exceljs writes as a visible character.
 */
const DASH = "– ";

/** Rows left for a hand signature between the signer's title and name. */
export const SIGNATURE_ROWS = 4;

/**
 * The foot: the preparer (left) and the signer (right) with room to sign, then “Nơi nhận:” and the
 * recipients (“– …;”, the last “– ….”).
 */
export function documentFoot(settings: DocumentSettings, span: DocumentSpan): DocumentBlock {
  const L = DOCUMENT_LOOKS;
  const { signer, preparer } = settings;
  const recipients = settings.recipients.filter((r) => r.trim());
  return block(span, [
    null,
    [part(upper(preparer.title), L.signerCapacity), part(upper(signer.capacity), L.signerCapacity)],
    [null, part(upper(signer.title), L.signerTitle)],
    ...Array.from({ length: SIGNATURE_ROWS }, () => null),
    [part(preparer.name, L.signerName), part(signer.name, L.signerName)],
    null,
    ...(recipients.length
      ? [
          [part("Nơi nhận:", L.recipientsHead), null] as [Part, Part],
          ...recipients.map(
            (r, i) =>
              [part(`${DASH}${r}${i === recipients.length - 1 ? "." : ";"}`, L.recipient), null] as [
                Part,
                Part,
              ],
          ),
        ]
      : []),
  ]);
}
