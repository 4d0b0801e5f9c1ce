export {
  consolidatedLayout,
  SUMMARY_LOOKS,
  type ConsolidatedLayout,
  type SummaryCell,
  type SummarySection,
  type SummaryStyle,
} from "./layout";
export { inertText, isFormulaLike } from "./inertText";
export { consolidatedSheetName } from "./sheetName";
export { SUMMARY_MARKER, summaryMarker } from "./marker";
export { FINGERPRINT_PREFIX, valuesFingerprint } from "./fingerprint";
