import type { RawCell } from "../domain";
import {
  RECIPIENT_KEY,
  SETTING_ROWS,
  SETTINGS_MARKER,
  type DocumentSettings,
  type SettingKey,
} from "../document";
import type { SheetGrid } from "./grids";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const KEYS = new Set<string>(SETTING_ROWS.map(([k]) => k));

/** A typed date as yyyy-mm-dd: a date cell, Excel's serial number, or “dd/mm/yyyy” text; else "". */
function isoDate(raw: RawCell): string {
  let date: Date | null = null;
  if (raw instanceof Date) date = raw;
  else if (typeof raw === "number" && raw > 0 && raw < 2_958_466)
    date = new Date(EXCEL_EPOCH_MS + Math.round(raw) * DAY_MS);
  else if (typeof raw === "string") {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(raw);
    if (m) {
      const d = new Date(Date.UTC(+m[3], +m[2] - 1, +m[1]));
      if (d.getUTCDate() === +m[1] && d.getUTCMonth() === +m[2] - 1) date = d;
    }
  }
  return date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : "";
}

const textOf = (raw: RawCell) =>
  typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : "";

function withSetting(s: DocumentSettings, key: SettingKey, raw: RawCell): DocumentSettings {
  if (key === "date") return { ...s, date: isoDate(raw) };
  const text = textOf(raw);
  // A blank number is a choice (numbered by hand); any other blank keeps the default.
  if (!text && key !== "number") return s;
  switch (key) {
    case "signer_capacity":
      return { ...s, signer: { ...s.signer, capacity: text } };
    case "signer_title":
      return { ...s, signer: { ...s.signer, title: text } };
    case "signer_name":
      return { ...s, signer: { ...s.signer, name: text } };
    case "preparer_title":
      return { ...s, preparer: { ...s.preparer, title: text } };
    case "preparer_name":
      return { ...s, preparer: { ...s.preparer, name: text } };
    default:
      return { ...s, [key]: text };
  }
}

/** Whether a sheet is the document settings sheet (its marker in A1). */
export function isSettingsSheet(sheet: SheetGrid): boolean {
  const atA1 = !sheet.origin || (sheet.origin.row === 0 && sheet.origin.col === 0);
  return atA1 && sheet.rows[0]?.[0] === SETTINGS_MARKER;
}

/**
 * The document settings kept in a workbook, over `defaults`: each row of the settings sheet by its key
 * in column A, the value in column C. A blank value keeps the default (the number and the date stay
 * blank, to write by hand); recipients, when any is typed, replace the default list.
 */
export function documentSettingsOf(
  sheets: readonly SheetGrid[],
  defaults: DocumentSettings,
): DocumentSettings {
  const sheet = sheets.find(isSettingsSheet);
  if (!sheet) return defaults;
  let settings = defaults;
  const recipients: string[] = [];
  for (const row of sheet.rows.slice(1)) {
    const key = textOf(row?.[0] ?? null);
    if (key === RECIPIENT_KEY) {
      const text = textOf(row[2] ?? null);
      if (text) recipients.push(text);
    } else if (KEYS.has(key)) settings = withSetting(settings, key as SettingKey, row[2] ?? null);
  }
  return recipients.length ? { ...settings, recipients } : settings;
}
