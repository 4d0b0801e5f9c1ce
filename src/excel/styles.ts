import type { Look } from "../reportSheet";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

export function applyLook(range: Excel.Range, look: Look): void {
  if (look.font) range.format.font.name = look.font;
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.underline) range.format.font.underline = "Single";
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.wrap) range.format.wrapText = true;
  if (look.align) range.format.horizontalAlignment = HORIZONTAL[look.align];
  if (look.valign) range.format.verticalAlignment = VERTICAL[look.valign];
}

/** How many commands `applyLook` queues for a look. */
export function lookCommands(look: Look): number {
  return [
    look.font,
    look.bold,
    look.italic,
    look.underline,
    look.size,
    look.color,
    look.fill,
    look.wrap,
    look.align,
    look.valign,
  ].filter(Boolean).length;
}
