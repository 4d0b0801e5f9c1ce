/** Characters that make a spreadsheet program read a cell as a formula (OWASP “CSV/formula injection”). */
const TRIGGER = /^[=+\-@\t\r]/;

/**
 * Text from a source (unit names, codes, file names, error messages) made inert before any writer puts
 * it in a cell: a leading `= + - @`, tab or carriage return gets a leading apostrophe, so the text can
 * never run as a formula here, in a CSV export or when retyped. Idempotent: inertText(inertText(s)) ===
 * inertText(s). Writers call it on every string value they write; cells also carry the text format "@".
 */
export function inertText(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** Whether a text would be read as a formula if written as it is. */
export function isFormulaLike(text: string): boolean {
  return TRIGGER.test(text);
}
