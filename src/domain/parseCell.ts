import type { Framework, FieldDef } from "./frameworkSchema";
import { errors } from "./messages";
import { parseNumberText } from "./number";
import { cleanText, foldText } from "./text";
import type { DomainError, FieldValue, RawCell } from "./types";

export type ParseResult = { ok: true; value: FieldValue | null } | { ok: false; error: DomainError };

const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;
const YES = new Set(["co", "x", "yes", "y", "true", "dung", "da", "1"]);
const NO = new Set(["khong", "no", "n", "false", "sai", "chua", "0"]);
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel holds at most this many characters in a cell (and "repairs" a file with more). */
export const EXCEL_CELL_CHARS = 32_767;

const ok = (value: FieldValue | null): ParseResult => ({ ok: true, value });
const fail = (error: DomainError): ParseResult => ({ ok: false, error });

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A date is read only within the term: Excel turns a mistyped 99999999 into a date in the year 275690. */
function inTerm(fw: Framework, field: FieldDef, date: Date, raw: unknown): ParseResult {
  const year = date.getUTCFullYear();
  if (year >= fw.term.start && year <= fw.term.end) return ok(date.toISOString().slice(0, 10));
  const typed =
    raw instanceof Date
      ? `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${year}` // a cell Excel already holds as a date
      : raw;
  return fail(errors.dateOutOfTerm(field, typed, year, fw.term.start, fw.term.end));
}

function parseDate(fw: Framework, field: FieldDef, raw: string | number | Date): ParseResult {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime())
      ? fail(errors.notDate(field, String(raw)))
      : inTerm(fw, field, raw, raw);
  }
  if (typeof raw === "number") {
    const serial = Math.floor(raw);
    return serial > 0 && serial < 2_958_466
      ? inTerm(fw, field, new Date(EXCEL_EPOCH_MS + serial * DAY_MS), raw)
      : fail(errors.notDate(field, raw));
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw);
  const iso = dmy ? isoDate(+dmy[3], +dmy[2], +dmy[1]) : ymd ? isoDate(+ymd[1], +ymd[2], +ymd[3]) : null;
  return iso ? inTerm(fw, field, new Date(`${iso}T00:00:00Z`), raw) : fail(errors.notDate(field, raw));
}

function parseCount(field: FieldDef, raw: string | number): ParseResult {
  let n: number;
  if (typeof raw === "number") n = raw;
  else {
    const parsed = parseNumberText(raw);
    if (!parsed) return fail(errors.notNumber(field, raw));
    if (parsed.percent) return fail(errors.percentInCount(field, raw));
    n = parsed.value;
  }
  if (!Number.isFinite(n)) return fail(errors.notNumber(field, raw));
  if (n < 0) return fail(errors.negative(field, n));
  if (!Number.isInteger(n)) return fail(errors.notWhole(field, n));
  return ok(n === 0 ? 0 : n); // -0 from a cell is 0, as the text reader already makes "-0"
}

function parseYear(fw: Framework, field: FieldDef, raw: string | number): ParseResult {
  const n = typeof raw === "number" ? raw : parseNumberText(raw)?.value;
  return n !== undefined && Number.isInteger(n) && n >= fw.term.start && n <= fw.term.end
    ? ok(n)
    : fail(errors.yearOutOfRange(field, raw, fw.term.start, fw.term.end));
}

function parseYesNo(field: FieldDef, raw: string | number | boolean): ParseResult {
  if (typeof raw === "boolean") return ok(raw);
  const folded = foldText(String(raw));
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail(errors.notYesNo(field, raw));
}

function parseChoice(fw: Framework, field: FieldDef, raw: string): ParseResult {
  const options = fw.choices[field.choices ?? ""] ?? [];
  const folded = foldText(raw);
  const match = options.find((o) =>
    [o.value, o.label.vi, o.label.en, ...(o.aliases ?? [])].some((name) => foldText(name) === folded),
  );
  return match
    ? ok(match.value)
    : fail(
        errors.notAChoice(
          field,
          raw,
          options.map((o) => o.label),
        ),
      );
}

/**
 * The typed value of the cells Excel hands over most — blank, a whole number for a count, TRUE/FALSE
 * for a yes/no — read without allocating; `undefined` for any other cell, which `parseCell` reads.
 */
export function parseSimpleCell(field: FieldDef, raw: unknown): FieldValue | null | undefined {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw === "number") {
    // -0 from a cell is 0, as the text reader already makes "-0"
    return field.kind === "count" && Number.isInteger(raw) && raw >= 0 ? raw + 0 : undefined;
  }
  return typeof raw === "boolean" && field.kind === "yes_no" ? raw : undefined;
}

/**
 * Turns one raw cell into a typed value for its field, or a precise error. Never throws.
 * An empty cell (or only spaces) is `null`: whether that is allowed is the report's business.
 */
export function parseCell(fw: Framework, field: FieldDef, raw: RawCell): ParseResult {
  if (raw === null || raw === undefined) return ok(null);
  const simple = parseSimpleCell(field, raw);
  if (simple !== undefined) return ok(simple);
  if (typeof raw === "object" && !(raw instanceof Date)) {
    if ("formula" in raw) return fail(errors.uncalculated(field));
    return fail(errors.excelError(field, typeof raw.error === "string" ? raw.error : "#VALUE!"));
  }
  // Not a cell value at all (a bigint, a symbol, a function from a faulty adapter): never throw on it.
  if (!["string", "number", "boolean"].includes(typeof raw) && !(raw instanceof Date)) {
    return fail(errors.excelError(field, "#VALUE!"));
  }
  const value = typeof raw === "string" ? cleanText(raw) : raw;
  if (value === "") return ok(null);
  if (typeof value === "string" && EXCEL_ERROR.test(value)) return fail(errors.excelError(field, value));
  switch (field.kind) {
    case "text":
      if (typeof value === "boolean" || value instanceof Date) return fail(errors.notText(field, value));
      return String(value).length > EXCEL_CELL_CHARS
        ? fail(errors.textTooLong(field, String(value).length, EXCEL_CELL_CHARS))
        : ok(String(value));
    case "date":
      return typeof value === "boolean" ? fail(errors.notDate(field, value)) : parseDate(fw, field, value);
    case "count":
    case "year":
      if (typeof value === "boolean" || value instanceof Date)
        return fail(errors.notNumber(field, String(value)));
      return field.kind === "count" ? parseCount(field, value) : parseYear(fw, field, value);
    case "yes_no":
      return value instanceof Date ? fail(errors.notYesNo(field, String(value))) : parseYesNo(field, value);
    case "choice":
      return parseChoice(fw, field, String(value));
  }
}
