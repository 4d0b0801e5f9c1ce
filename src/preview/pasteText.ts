/** Clipboard text (tab-separated, one line per row, as Excel and Sheets copy) as a block of values. */
export function pasteBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const rows = lines.map((l) => l.split("\t"));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}
