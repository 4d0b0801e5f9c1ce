import type { Text } from "../domain";

/** Any failure as words for the user, in both languages; the technical detail kept at the end. */
export function errorText(error: unknown): Text {
  const detail =
    error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  const [vi, en] = detail.includes(" / ") ? detail.split(" / ") : [detail, detail];
  return {
    vi: `Không thực hiện được. ${vi}`,
    en: `That did not work. ${en}`,
  };
}
