export {
  reportLayout,
  type CellStyle,
  type LayoutCell,
  type LayoutInput,
  type LayoutOptions,
  type ReportLayout,
} from "./layout";
export { findMarker, readReportSheet, type ReportSheet } from "./read";
export { validationFor, YES_NO, type InputValidation, type ValidationRule } from "./validation";
export { nativeStatusFormula, addinStatusFormula, actualFormula } from "./formulas";
export { REPORT_LOOKS, type Look } from "./looks";
export { reportTitle, unitSettings, settingsSheetDefaults } from "./document";
