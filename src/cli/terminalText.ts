/**
 * Control characters (escape sequences, carriage returns, C1 controls) and the invisible marks that
 * reorder text: a unit name or a file name carrying them could rewrite what the terminal shows.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as it may reach a terminal: each unsafe character is written as its JSON escape (`\u001b`), so
 * it is seen, never acted on, and JSON output stays valid JSON with the same values.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
