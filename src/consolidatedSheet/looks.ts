import type { Status } from "../domain";
import { DOCUMENT_FONT, type Look } from "../document";

export type SummaryStyle =
  "title" | "subtitle" | "section" | "header" | "label" | "source" | "number" | "note" | "error" | Status;

/** A cell of a sheet made from a consolidation: values only, never a formula or a link. */
export interface SummaryCell {
  value?: string | number;
  style?: SummaryStyle;
  /** Excel number format: "@" (text) for every text that comes from a source. */
  numberFormat?: string;
}

/** Fill and font colours of each look; the status bands follow Excel's own Good/Bad/Neutral styles. */
export const SUMMARY_LOOKS: Record<SummaryStyle, Look> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "#595959" },
  section: { bold: true, fill: "#DDEBF7" },
  header: { bold: true, fill: "#D9D9D9", wrap: true },
  label: {},
  source: {},
  number: {},
  note: { italic: true, color: "#595959" },
  error: { color: "#9C0006" },
  met: { fill: "#C6EFCE", color: "#006100" },
  not_met: { fill: "#FFC7CE", color: "#9C0006" },
  na: { fill: "#EDEDED", color: "#595959" },
  missing: { fill: "#FFEB9C", color: "#9C5700" },
  pending: { fill: "#DDEBF7", color: "#1F4E78" },
};

/** A look on paper: Times New Roman at a size read on A4, with table borders and upright headers. */
export interface PaperLook extends Look {
  /** Thin borders on every side (table cells). */
  border?: boolean;
  /** Text turned to read upwards (narrow column headers). */
  upright?: boolean;
}

export type PaperStyle =
  | "docTitle"
  | "docSubtitle"
  | "section"
  | "paragraph"
  | "strong"
  | "label"
  | "number"
  | "cellText"
  | "cellCode"
  | "cellNumber"
  | "cellCenter"
  | "header"
  | "uprightHeader"
  | "legend"
  | "offPaper"
  | Status;

/** Body text 12 pt so that it stays at 11 pt or more on paper even if a printer shrinks to fit. */
const BODY = 12;
const base = { font: DOCUMENT_FONT, size: BODY } as const;
const cell = { ...base, border: true, wrap: true } as const;

export const PAPER_LOOKS: Record<PaperStyle, PaperLook> = {
  docTitle: { ...base, size: 14, bold: true, align: "center" },
  docSubtitle: { ...base, bold: true, align: "center", wrap: true },
  section: { ...base, bold: true },
  paragraph: { ...base, wrap: true },
  strong: { ...base, bold: true, wrap: true },
  label: { ...base },
  number: { ...base },
  cellText: cell,
  cellCode: { ...cell, align: "center" },
  cellNumber: { ...cell, align: "right" },
  cellCenter: { ...cell, align: "center" },
  header: { ...cell, bold: true, align: "center", fill: "#D9D9D9" },
  uprightHeader: { ...cell, bold: true, align: "center", fill: "#D9D9D9", upright: true },
  legend: { ...base, italic: true, wrap: true },
  offPaper: { font: "Calibri", size: 11, color: "#595959" },
  met: { ...cell, align: "center", fill: "#C6EFCE", color: "#006100" },
  not_met: { ...cell, align: "center", fill: "#FFC7CE", color: "#9C0006" },
  na: { ...cell, align: "center", fill: "#EDEDED", color: "#595959" },
  missing: { ...cell, align: "center", fill: "#FFEB9C", color: "#9C5700" },
  pending: { ...cell, align: "center", fill: "#DDEBF7", color: "#1F4E78" },
};

/** A cell of the printed consolidated report. */
export interface PaperCell {
  value?: string | number;
  style?: PaperStyle;
  numberFormat?: string;
  /** Columns this cell covers, itself included (merged on the sheet). */
  span?: number;
  /** A look given whole (the document frame's head and foot) instead of a style. */
  look?: Look;
}

export const lookOf = (c: PaperCell): PaperLook | undefined =>
  c.look ?? (c.style ? PAPER_LOOKS[c.style] : undefined);

/** A row by column: a cell spanning n columns is followed by the n − 1 empty cells it covers. */
export function spread(cells: readonly PaperCell[]): PaperCell[] {
  return cells.flatMap((c) => [c, ...Array.from({ length: (c.span ?? 1) - 1 }, (): PaperCell => ({}))]);
}
