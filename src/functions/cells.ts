import { defaultFramework, parseCell, parseNumberText } from "../domain";
import type { FieldDef, RawCell, Text } from "../domain";

/** What a cell handed over by Excel can hold, as the domain's parser takes it. */
export function rawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    default:
      return value instanceof Date
        ? value
        : { error: String((value as { code?: unknown }).code ?? "#VALUE!") };
  }
}

export type Read<T> = { ok: true; value: T | null } | { ok: false; message: Text };

/** A count argument (whole, not negative), read by the domain's rules: "1.234", "95", " 12 ". */
export function readCount(field: FieldDef, value: unknown): Read<number> {
  const parsed = parseCell(defaultFramework, field, rawCell(value));
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  return { ok: true, value: parsed.value as number | null };
}

/** Any number as clerks type it: 95,5 · 95.5 · 1.234,5 · 95% (read as 95, the percentage points). */
export function readNumber(label: Text, value: unknown): Read<number> {
  const raw = rawCell(value);
  if (raw === null) return { ok: true, value: null };
  if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw } : notNumber(label, raw);
  if (typeof raw === "string") {
    if (/^[\s\u00a0\u202f]*$/.test(raw)) return { ok: true, value: null };
    const parsed = parseNumberText(raw);
    return parsed ? { ok: true, value: parsed.value } : notNumber(label, raw);
  }
  if (typeof raw === "object" && "error" in raw) {
    return {
      ok: false,
      message: {
        vi: `${label.vi}: ô đang có lỗi Excel ${raw.error}`,
        en: `${label.en}: the cell holds the Excel error ${raw.error}`,
      },
    };
  }
  return notNumber(label, raw);
}

function notNumber(label: Text, raw: unknown): Read<number> {
  const shown = typeof raw === "string" ? `“${raw}”` : String(raw);
  return {
    ok: false,
    message: { vi: `${label.vi}: ${shown} không phải là số`, en: `${label.en}: ${shown} is not a number` },
  };
}
