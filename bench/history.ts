import {
  addToHistory,
  consolidate,
  defaultFramework as fw,
  mergeFlags,
  parseReport,
  type History,
  type Period,
  type Report,
} from "../src/domain";
import { termLayouts } from "../src/termSheets";
import { medianMs, type BenchModule, type BenchRow } from "./measure";
import { generateRawReports } from "./reports";

const UNITS = 300;
const YEARS = [2023, 2024, 2025, 2026, 2027, 2028];

/**
 * The same 300 units reporting every year of the term with the same figures, except that each year
 * about 2% of them report three times as many employees (flagged as a jump).
 */
function termReports(): { period: Period; reports: Report[] }[] {
  const units = generateRawReports(UNITS);
  return YEARS.map((year, y) => ({
    period: { kind: "year", year },
    reports: units.map((raw, i) => {
      const jump =
        (i + y * 7) % 50 === 0 ? { employees: Number(String(raw.employees).replace(".", "")) * 3 } : {};
      return parseReport(
        fw,
        { ...raw, ...jump, year, report_date: `20/12/${year}` },
        `unit-${i}-${year}.xlsx`,
      );
    }),
  }));
}

/**
 * The whole term's history in process: each year consolidated and added to the history, then every
 * sheet of the term's workbook as grids (history, trends, end-of-term review, flags, commendation).
 * Baseline: consolidating the same reports once, year by year, as six separate merges would.
 */
function historyRows(): BenchRow[] {
  const years = termReports();
  const build = () => {
    let history: History = [];
    for (const { period, reports } of years)
      history = addToHistory(fw, history, consolidate(fw, reports, { period })).history;
    return termLayouts(fw, history, { factor: 2, deadlines: { "year:2028": "2029-01-15" } });
  };
  const sheets = build();
  const historyRowsWritten = sheets[0].rows.length - sheets[0].freezeRows;
  if (historyRowsWritten !== UNITS * YEARS.length)
    throw new Error(`bench data: ${historyRowsWritten} history rows, not ${UNITS * YEARS.length}`);
  return [
    {
      name: `history of ${UNITS} units × ${YEARS.length} years, every term sheet as grids`,
      ms: medianMs(build, 7, 2),
      baseline: `consolidate the same ${UNITS * YEARS.length} reports once, year by year`,
      baselineMs: medianMs(
        () => years.map(({ period, reports }) => consolidate(fw, reports, { period })),
        7,
        2,
      ),
      goalMs: 1000,
    },
    mergeFlagsRow(years),
  ];
}

/** What a merge adds for its follow-up list: the last year against the five before it. */
function mergeFlagsRow(years: { period: Period; reports: Report[] }[]): BenchRow {
  let earlier: History = [];
  for (const { period, reports } of years.slice(0, -1))
    earlier = addToHistory(fw, earlier, consolidate(fw, reports, { period })).history;
  const last = years[years.length - 1];
  const merged = consolidate(fw, last.reports, { period: last.period });
  return {
    name: `follow-up flags of a merge: ${UNITS} units against ${YEARS.length - 1} earlier years`,
    ms: medianMs(() => mergeFlags(fw, earlier, merged, { factor: 2 }), 7, 2),
    baseline: `consolidate that year's ${UNITS} reports (the merge itself)`,
    baselineMs: medianMs(() => consolidate(fw, last.reports, { period: last.period }), 7, 2),
    goalMs: 1000,
  };
}

export const historyBench: BenchModule = { name: "history", run: historyRows };
