/** exceljs' ARGB ("FFFFF2CC") and the in-memory Excel's "#RRGGBB". */
export const hexOf = (argb: string | undefined): string | undefined =>
  argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : undefined;

export const argbOf = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** Column widths: the file counts characters, Office.js points (a character is 7 px + 5 px of margin). */
export const pointsOfChars = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
export const charsOfPoints = (points: number): number => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
