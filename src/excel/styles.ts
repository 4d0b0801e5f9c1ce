import type { Look } from "../reportSheet";

export function applyLook(range: Excel.Range, look: Look): void {
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.size) range.format.font.size = look.size;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.wrap) range.format.wrapText = true;
}

/** How many commands `applyLook` queues for a look. */
export function lookCommands(look: Look): number {
  return [look.bold, look.italic, look.size, look.color, look.fill, look.wrap].filter(Boolean).length;
}
