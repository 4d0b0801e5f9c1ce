import type { Framework, Period } from "../domain";

/** In the first cell past the layout's last column of row 1 (hidden): which consolidation a sheet holds. */
export const SUMMARY_MARKER = "chitieu-summary/1";

export const summaryMarker = (fw: Framework, period: Period | null) =>
  `${SUMMARY_MARKER}/${fw.id}/${period ? `${period.kind}:${period.year}` : "?"}`;

/** The marker of the units' sheet that goes with a consolidation: the summary's, with “/units”. */
export const unitsMarker = (summary: string) => `${summary}/units`;
