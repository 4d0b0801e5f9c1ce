/** exceljs adapters that only move grids. Import this folder on its own (exceljs stays out of other bundles). */
export {
  readGrids,
  MAX_ROWS,
  DEFAULT_LIMITS,
  FileRefused,
  type SheetGrid,
  type ReadOptions,
  type ReadLimits,
} from "./readGrids";
export { readReportFile, readRegistryFile } from "./readReports";
export { writeReportSheet, writeTermSheet } from "./writeSheets";
export { writeConsolidatedSheets, writePaperSheet } from "./writePaper";
export { consolidatedWorkbook, reportWorkbook, termWorkbook } from "./workbooks";
