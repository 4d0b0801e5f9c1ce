/** NFC, trimmed, inner runs of white space folded to one space. */
export function cleanText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** For matching what clerks type: lower case, no diacritics, đ → d. */
export function foldText(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
}
