import type { Choice, Framework } from "./frameworkSchema";
import type { Period, PeriodKind, Text } from "./types";

export const PERIOD_KINDS: readonly PeriodKind[] = ["h1", "year", "midterm", "endterm"];

/** The framework's period kinds with their labels: the choice list its `period_kind` field names. */
export function periodChoices(fw: Framework): Choice[] {
  const list = fw.fields.find((f) => f.id === "period_kind")?.choices;
  return fw.choices[list ?? ""] ?? [];
}

/** A period kind's label in the framework's words (the kind itself when the framework has none). */
export function periodKindLabel(fw: Framework, kind: PeriodKind): Text {
  return periodChoices(fw).find((c) => c.value === kind)?.label ?? { vi: kind, en: kind };
}

/** “Năm 2025” / “Year 2025”, from the framework's own labels. */
export function periodText(fw: Framework, period: Period): Text {
  const label = periodKindLabel(fw, period.kind);
  return { vi: `${label.vi} ${period.year}`, en: `${label.en} ${period.year}` };
}

/** Reads `year:2025`, `h1:2024`, … (the command line's and the pane's compact form). */
export function parsePeriod(text: string): Period | null {
  const m = /^(h1|year|midterm|endterm):(\d{4})$/.exec(text.trim());
  return m ? { kind: m[1] as PeriodKind, year: Number(m[2]) } : null;
}
