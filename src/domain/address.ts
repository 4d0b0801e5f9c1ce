/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a 0-based row and column. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetters(col)}${$}${row + 1}`;
}

/** 0-based row and column of an A1 address ("D12", "$D$12"), or null when it is not one. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return null;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}
