/** The frame of a union document (head, foot, print set-up) as plain grids, and its settings. */
export { DOCUMENT_FONT, type Look } from "./look";
export {
  documentHead,
  documentFoot,
  placeAndDate,
  numberLine,
  DOCUMENT_LOOKS,
  SIGNATURE_ROWS,
  type DocumentBlock,
  type DocumentCell,
  type DocumentSpan,
  type DocumentTitle,
  type Merge,
} from "./frame";
export { defaultSettings, documentSubject, upper, type DocumentSettings, type Issuer } from "./settings";
export {
  settingsSheetLayout,
  SETTINGS_MARKER,
  SETTINGS_SHEET_NAME,
  SETTING_ROWS,
  RECIPIENT_KEY,
  type SettingKey,
  type SettingsCell,
  type SettingsSheetLayout,
} from "./settingsSheet";
export { DOCUMENT_MARGINS, PAGE_FOOTER, POINTS_PER_MM, MM_PER_INCH, type PrintSetup } from "./print";
export { lineCount, rowHeight, textWidth, POINTS_PER_WIDTH_UNIT } from "./measure";
