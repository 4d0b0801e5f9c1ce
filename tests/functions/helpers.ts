import { FunctionError } from "../../src/functions/excelError";

/** The value Excel would show in the formula's own cell. */
export const first = (grid: unknown[][]): unknown => grid[0][0];

/** An error cell as the user sees it: the error code and the hover message. */
export function shown(value: unknown): { code: string; message: string } | unknown {
  return value instanceof FunctionError ? { code: value.code, message: value.message } : value;
}

export function thrown(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (e instanceof FunctionError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected the formula to fail");
}

/** Runs `body` as if Excel's display language were `tag`. */
export function inExcelLanguage<T>(tag: string, body: () => T): T {
  const g = globalThis as { Office?: unknown };
  const before = g.Office;
  g.Office = { context: { displayLanguage: tag } };
  try {
    return body();
  } finally {
    g.Office = before;
  }
}

export const column = <T>(values: T[]): T[][] => values.map((v) => [v]);
