import type { CellStyle } from "../reportSheet";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
}

/** How the template looks in Excel; the conventions a clerk expects: inputs light yellow, computed grey. */
export const LOOKS: Record<CellStyle, Look> = {
  key: { color: "#A6A6A6" },
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  section: { bold: true, fill: "#DDEBF7" },
  header: { bold: true, fill: "#D9D9D9" },
  label: { wrap: true },
  input: { fill: "#FFF2CC" },
  computed: { fill: "#F2F2F2" },
  status: { bold: true, fill: "#F2F2F2" },
  note: { italic: true, color: "#595959", wrap: true },
  check: { color: "#9C0006", wrap: true },
};

export function applyLook(range: Excel.Range, look: Look): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.wrap) range.format.wrapText = true;
}
