import {
  buildReview,
  commendPeriod,
  commendTerm,
  consolidateHistory,
  historyPeriods,
  qualityFlags,
  trends,
  type Framework,
  type History,
  type Period,
  type QualityOptions,
} from "../domain";
import type { TermLayout } from "./cells";
import { commendLayout } from "./commendSheet";
import { flagsLayout } from "./flagsSheet";
import { historyLayout } from "./historySheet";
import { reviewLayout } from "./reviewSheet";
import { trendsLayout } from "./trendsSheet";

export interface TermOptions extends QualityOptions {
  /** The review to build; by default the end-of-term once its year is in, else the mid-term once its year is. */
  review?: Period;
}

/** The review due by the years in the history: mid-term from the term's middle year, end-of-term at its end. */
export function dueReview(fw: Framework, history: History): Period | null {
  const years = historyPeriods(history)
    .filter((p) => p.kind === "year")
    .map((p) => p.year);
  const latest = Math.max(...years);
  const middle = fw.term.start + Math.floor((fw.term.end - fw.term.start) / 2);
  if (latest >= fw.term.end) return { kind: "endterm", year: fw.term.end };
  if (latest >= middle) return { kind: "midterm", year: middle };
  return null;
}

/** Every sheet of the term's workbook, in order: history, trends, the review, flags, commendation. */
export function termLayouts(fw: Framework, history: History, options: TermOptions): TermLayout[] {
  const periods = consolidateHistory(fw, history);
  const review = options.review ?? dueReview(fw, history);
  const years = periods.filter((p) => p.period.kind === "year").map((p) => p.period.year);
  return [
    historyLayout(fw, history, periods),
    trendsLayout(fw, trends(periods)),
    ...(review ? [reviewLayout(fw, buildReview(fw, history, periods, review))] : []),
    flagsLayout(fw, qualityFlags(fw, history, options), options.factor),
    commendLayout(
      fw,
      [
        { period: null, units: commendTerm(history, periods) },
        ...[...periods].reverse().map((p) => ({ period: p.period, units: commendPeriod(p.consolidation) })),
      ],
      years,
    ),
  ];
}
