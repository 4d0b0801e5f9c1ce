/** `Excel.run` or the in-memory fake's: every Office.js operation takes it, so tests count its syncs. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Features above the manifest's minimum requirement set, detected at run time. */
export interface Capabilities {
  /** ExcelApi 1.9: page layout (A4, orientation). */
  pageLayout: boolean;
  /** ExcelApi 1.6: conditional formats, used to mark invalid cells without touching the clerk's formatting. */
  conditionalFormats: boolean;
}

export const ALL_CAPABILITIES: Capabilities = { pageLayout: true, conditionalFormats: true };
