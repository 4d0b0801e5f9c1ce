export {
  consolidatedLayout,
  type ChartPlace,
  type ConsolidatedLayout,
  type LayoutOptions,
  type SummarySection,
} from "./layout";
export {
  lookOf,
  PAPER_LOOKS,
  SUMMARY_LOOKS,
  type PaperCell,
  type PaperLook,
  type PaperStyle,
  type SummaryCell,
  type SummaryStyle,
} from "./looks";
export { paperHeights, paperMerges, type PaperSheet } from "./print";
export { attainmentChartPng, type ChartBar, type Deflate } from "./chartImage";
export { inertText, isFormulaLike } from "./inertText";
export { consolidatedSheetName, unitsSheetName } from "./sheetName";
export { SUMMARY_MARKER, summaryMarker, unitsMarker } from "./marker";
export { FINGERPRINT_PREFIX, valuesFingerprint } from "./fingerprint";
