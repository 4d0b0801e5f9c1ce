export interface ParsedNumber {
  value: number;
  percent: boolean;
}

const INTEGER = /^\d+$/;
const VN_THOUSANDS = /^\d{1,3}(\.\d{3})+(,\d+)?$/; // 1.234 or 1.234.567,5
const DECIMAL_COMMA = /^\d+,\d+$/; // 95,5
const DECIMAL_DOT = /^\d*\.\d+$/; // 95.5 (1.234 is taken as thousands first)
const EN_THOUSANDS = /^\d{1,3}(,\d{3})+\.\d+$/; // 1,234.5: only with a decimal part, else 1,234 is 1.234

/**
 * Reads a number as Vietnamese clerks type it: `95,5`, `95.5`, `1.234` (thousands), `1.234,5`, `95%`,
 * spaces anywhere. Returns null for anything else.
 */
export function parseNumberText(input: string): ParsedNumber | null {
  let s = input.replace(/[\s\u00a0\u202f]/g, "");
  const percent = s.endsWith("%");
  if (percent) s = s.slice(0, -1);
  let sign = 1;
  if (/^[+\-\u2212]/.test(s)) {
    sign = s[0] === "+" ? 1 : -1;
    s = s.slice(1);
  }
  let normal: string;
  if (INTEGER.test(s)) normal = s;
  else if (VN_THOUSANDS.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (DECIMAL_COMMA.test(s)) normal = s.replace(",", ".");
  else if (DECIMAL_DOT.test(s)) normal = s;
  else if (EN_THOUSANDS.test(s)) normal = s.replace(/,/g, "");
  else return null;
  const value = sign * Number(normal);
  return Number.isFinite(value) ? { value: value === 0 ? 0 : value, percent } : null;
}
