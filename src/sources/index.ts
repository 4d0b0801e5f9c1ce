/** The one pure module that decides what grids mean; adapters hand it `WorkbookGrids`. */
export type { CellPosition, FileFailure, SheetGrid, WorkbookGrids } from "./grids";
export { noReportSheet, unopenedFile } from "./fileProblems";
export {
  readSheet,
  readWorkbooks,
  reportsOf,
  type FoundConsolidation,
  type FoundReport,
  type WorkbookReading,
} from "./readWorkbook";
export { REGISTRY_MARKER, REGISTRY_SHEET_NAME, unitListOf, unitListSheet } from "./unitList";
export { documentSettingsOf, isSettingsSheet } from "./documentSettings";
