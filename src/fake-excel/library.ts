import * as formulajs from "@formulajs/formulajs";
import { ERROR_VALUES, type CellValue } from "./cells";
import type { FormulaValue } from "./formulas";

type LibraryFunction = (...args: unknown[]) => unknown;

/**
 * Excel's built-in worksheet functions, from @formulajs/formulajs (MIT): `ROUND`, `COUNTIF`,
 * `ERROR.TYPE`… by their Excel names. Undefined when the library has no such function.
 */
export function libraryFunction(name: string): LibraryFunction | undefined {
  let target: unknown = formulajs;
  for (const part of name.toUpperCase().split(".")) {
    target =
      typeof target === "object" || typeof target === "function"
        ? (target as Record<string, unknown>)[part]
        : undefined;
  }
  return typeof target === "function" ? (target as LibraryFunction) : undefined;
}

/** XLOOKUP is not in the library: exact match, first hit, `ifNotFound` or #N/A. */
function xlookup(lookup: unknown, lookupArray: unknown, returnArray: unknown, ifNotFound?: unknown): unknown {
  const keys = (Array.isArray(lookupArray) ? lookupArray : [lookupArray]).flat() as unknown[];
  const rows = Array.isArray(returnArray) ? (returnArray as unknown[][]) : [[returnArray]];
  const values = rows.length === keys.length ? rows.map((r) => (Array.isArray(r) ? r[0] : r)) : rows.flat();
  const wanted = typeof lookup === "string" ? lookup.toLowerCase() : lookup;
  const index = keys.findIndex((k) => (typeof k === "string" ? k.toLowerCase() : k) === wanted);
  if (index >= 0) return values[index];
  return ifNotFound === undefined || ifNotFound === null ? LIBRARY_ERRORS.get("#N/A") : ifNotFound;
}

const OWN: Record<string, LibraryFunction> = { XLOOKUP: xlookup };

/** Excel's serial date: days since 1899-12-30, with the time as a fraction. */
function serial(date: Date): number {
  const local = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
  return (local - Date.UTC(1899, 11, 30)) / 86400000;
}

// The library tells errors apart by identity: Excel's error values map to its own Error objects.
const LIBRARY_ERRORS = new Map<string, Error>(
  Object.values(formulajs.utils.errors as Record<string, Error>).map((e) => [e.message, e]),
);

/** What the library takes: blank cells as null, error values as the library's Error objects. */
function toLibrary(value: FormulaValue, fromReference: boolean): unknown {
  const one = (v: CellValue): unknown =>
    typeof v === "string" && LIBRARY_ERRORS.has(v)
      ? LIBRARY_ERRORS.get(v)
      : v === "" && fromReference
        ? null
        : v;
  return Array.isArray(value) ? value.map((row) => row.map((v) => (v === "" ? null : one(v)))) : one(value);
}

function fromLibrary(result: unknown): CellValue {
  if (result === null || result === undefined) return 0;
  if (result instanceof Error) return ERROR_VALUES.includes(result.message) ? result.message : "#VALUE!";
  if (result instanceof Date) return Number.isNaN(result.getTime()) ? "#VALUE!" : serial(result);
  if (Array.isArray(result)) return fromLibrary(Array.isArray(result[0]) ? result[0][0] : result[0]);
  if (typeof result === "number") return Number.isFinite(result) ? result : "#NUM!";
  if (typeof result === "string" || typeof result === "boolean") return result;
  return "#VALUE!";
}

/** Runs a built-in function; undefined when Excel's name is unknown to the library. */
export function callBuiltin(
  name: string,
  args: FormulaValue[],
  fromReference: boolean[],
): CellValue | undefined {
  const fn = OWN[name.toUpperCase()] ?? libraryFunction(name);
  if (!fn) return undefined;
  try {
    return fromLibrary(fn(...args.map((arg, i) => toLibrary(arg, fromReference[i]))));
  } catch {
    return "#VALUE!";
  }
}
