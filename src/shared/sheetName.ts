const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

/** A worksheet name Excel accepts that no existing sheet has (case-insensitive), e.g. “Báo cáo (2)”. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  const clean =
    base
      .replace(FORBIDDEN, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX) || "Sheet";
  if (!taken.has(clean.toLocaleLowerCase("vi"))) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase("vi"))) return name;
  }
}
