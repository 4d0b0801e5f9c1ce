import { TEXT_FORMAT, type CellValue } from "./cells";

/** The workbook's regional settings, which decide how typed text becomes a number or a date. */
export type Locale = "en-US" | "vi-VN";

export type CellInput =
  | { value: CellValue; formula?: undefined; numberFormat?: string }
  | { formula: string; value?: undefined; numberFormat?: undefined };

const SEPARATORS: Record<Locale, { decimal: string; group: string; date: "mdy" | "dmy" }> = {
  "en-US": { decimal: ".", group: ",", date: "mdy" },
  "vi-VN": { decimal: ",", group: ".", date: "dmy" },
};

/** The date format Excel gives a General cell when a date is typed, per locale. */
export const DATE_FORMATS: Record<Locale, string> = { "en-US": "m/d/yyyy", "vi-VN": "dd/mm/yyyy" };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A number as typed in the locale: optional sign, digits grouped by threes or not, decimals, exponent. */
function parseNumber(
  text: string,
  locale: Locale,
): { value: number; grouped: boolean; decimals: number } | undefined {
  const { decimal, group } = SEPARATORS[locale];
  const d = escape(decimal);
  const g = escape(group);
  const pattern = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d*)(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?$`);
  const m = pattern.exec(text);
  if (!m || (m[2] === "" && !m[3])) return undefined;
  const digits = m[2].split(group).join("");
  const value = Number(`${m[1]}${digits || "0"}.${m[3] || "0"}${m[4] ? `e${m[4]}` : ""}`);
  if (!Number.isFinite(value)) return undefined;
  return { value, grouped: m[2].includes(group), decimals: m[3]?.length ?? 0 };
}

/** Days since 1899-12-30 for a valid calendar date, as Excel stores dates. */
function serial(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function parseDate(text: string, locale: Locale): number | undefined {
  const m = /^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})$/.exec(text);
  if (!m) return undefined;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1].length === 4) return serial(a, b, c);
  const year = m[3].length <= 2 ? 2000 + c : c;
  return SEPARATORS[locale].date === "dmy" ? serial(year, b, a) : serial(year, a, b);
}

/**
 * What Excel stores when text is entered into a cell, typed or written to Range.values ("Format numbers
 * as text", "Enter data manually in worksheet cells", support.microsoft.com): a leading apostrophe keeps
 * the rest as text; "=…" is a formula; TRUE/FALSE a boolean; numbers, percentages and dates are read by
 * the workbook's locale and give a General cell a matching number format. A text-formatted cell ("@")
 * keeps what was entered as text.
 */
export function interpretInput(input: unknown, numberFormat: string, locale: Locale = "en-US"): CellInput {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  const text = input === null || input === undefined ? "" : String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (numberFormat === TEXT_FORMAT) return { value: text };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE" };
  const general = numberFormat === "General";
  const percent = /^(.*?)\s*%$/.exec(trimmed);
  if (percent) {
    const n = parseNumber(percent[1], locale);
    if (n)
      return { value: n.value / 100, numberFormat: general ? (n.decimals > 0 ? "0.00%" : "0%") : undefined };
  }
  const n = parseNumber(trimmed, locale);
  if (n) {
    const format = n.grouped ? (n.decimals > 0 ? "#,##0.00" : "#,##0") : undefined;
    return { value: n.value, numberFormat: general ? format : undefined };
  }
  const date = parseDate(trimmed, locale);
  if (date !== undefined) return { value: date, numberFormat: general ? DATE_FORMATS[locale] : undefined };
  return { value: text };
}
