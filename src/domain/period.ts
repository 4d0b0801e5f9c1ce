import type { Framework } from "./frameworkSchema";
import type { Period, PeriodKind, Text } from "./types";

export const PERIOD_KINDS: readonly PeriodKind[] = ["h1", "year", "midterm", "endterm"];

/** “Năm 2025” / “Year 2025”, from the framework's own labels. */
export function periodText(fw: Framework, period: Period): Text {
  const label = fw.choices.period_kind?.find((c) => c.value === period.kind)?.label ?? {
    vi: period.kind,
    en: period.kind,
  };
  return { vi: `${label.vi} ${period.year}`, en: `${label.en} ${period.year}` };
}

/** Reads `year:2025`, `h1:2024`, … (the command line's and the pane's compact form). */
export function parsePeriod(text: string): Period | null {
  const m = /^(h1|year|midterm|endterm):(\d{4})$/.exec(text.trim());
  return m ? { kind: m[1] as PeriodKind, year: Number(m[2]) } : null;
}
