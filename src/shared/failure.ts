import type { Text } from "../domain";

/** A failure that carries its words in both languages to the surface that shows them. */
export class Failure extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = "Failure";
  }
}

/**
 * Any failure as words for the user, in both languages. Our own failures keep their two texts; a
 * failure from Office or a library keeps its one message, shown as it came, in both.
 */
export function errorText(error: unknown): Text {
  if (error instanceof Failure)
    return { vi: `Không thực hiện được. ${error.text.vi}`, en: `That did not work. ${error.text.en}` };
  const detail =
    error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  return { vi: `Không thực hiện được. ${detail}`, en: `That did not work. ${detail}` };
}
