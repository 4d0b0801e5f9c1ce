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
