/** `Excel.run` or the in-memory fake's: every Office.js operation takes it, so tests count its syncs. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Features above the manifest's minimum requirement set (ExcelApi 1.1, so that the custom functions run
 * on as many Excels as possible), detected at run time; without one, the operation leaves that part out.
 */
export interface Capabilities {
  /** ExcelApi 1.8: Excel's own data validation on the template's inputs. */
  dataValidation: boolean;
  /** ExcelApi 1.6: conditional formats, which mark invalid inputs without touching the clerk's formatting. */
  conditionalFormats: boolean;
  /** ExcelApi 1.7: frozen title rows. */
  freezePanes: boolean;
  /** ExcelApi 1.9: page layout (A4, orientation). */
  pageLayout: boolean;
  /** ExcelApi 1.9: the workbook's change events, for live validation; without them, “check the sheet”. */
  changeEvents: boolean;
  /** ExcelApi 1.13: merged areas, so that an input cell merged away is named as the file reader names it. */
  mergedAreas: boolean;
}

export const CAPABILITY_SETS: Record<keyof Capabilities, string> = {
  dataValidation: "1.8",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  pageLayout: "1.9",
  changeEvents: "1.9",
  mergedAreas: "1.13",
};

export const ALL_CAPABILITIES: Capabilities = {
  dataValidation: true,
  conditionalFormats: true,
  freezePanes: true,
  pageLayout: true,
  changeEvents: true,
  mergedAreas: true,
};

/** What this Excel supports, from `Office.context.requirements.isSetSupported` (or a stand-in). */
export function capabilitiesOf(isSetSupported: (set: string, version: string) => boolean): Capabilities {
  const has = (key: keyof Capabilities) => isSetSupported("ExcelApi", CAPABILITY_SETS[key]);
  return {
    dataValidation: has("dataValidation"),
    conditionalFormats: has("conditionalFormats"),
    freezePanes: has("freezePanes"),
    pageLayout: has("pageLayout"),
    changeEvents: has("changeEvents"),
    mergedAreas: has("mergedAreas"),
  };
}
