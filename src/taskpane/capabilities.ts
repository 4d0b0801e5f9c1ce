import type { Text } from "../domain";
import type { Capabilities } from "../excel/run";

/** What the pane does, each needing an Excel requirement set above the manifest's ExcelApi 1.1. */
export type Feature = "template" | "liveCheck" | "check" | "merge";

export interface Capability {
  set: string;
  version: string;
  /** What the user loses where Excel lacks it. */
  text: Text;
}

// The manifest asks only for ExcelApi 1.1 so the functions run on as many Excels as possible; what
// each section needs above that is checked here, and its absence said, not hidden.
export const FEATURES: Record<Feature, Capability> = {
  template: {
    set: "ExcelApi",
    version: "1.8",
    text: { vi: "chèn và nâng cấp mẫu báo cáo", en: "inserting and upgrading the report template" },
  },
  liveCheck: {
    set: "ExcelApi",
    version: "1.9",
    text: { vi: "kiểm tra ngay khi nhập", en: "checking as you type" },
  },
  check: {
    set: "ExcelApi",
    version: "1.4",
    text: { vi: "kiểm tra trang báo cáo", en: "checking report sheets" },
  },
  merge: {
    set: "ExcelApi",
    version: "1.7",
    text: { vi: "tổng hợp báo cáo", en: "merging reports" },
  },
};

/** Optional extras: without them the feature still works, a little plainer. */
export const EXTRAS: Record<keyof Capabilities, Capability> = {
  conditionalFormats: {
    set: "ExcelApi",
    version: "1.6",
    text: { vi: "tô màu ô nhập sai", en: "colouring invalid cells" },
  },
  pageLayout: {
    set: "ExcelApi",
    version: "1.9",
    text: { vi: "đặt khổ giấy A4 khi in", en: "A4 page set-up for printing" },
  },
};

export const CAPABILITIES: Capability[] = [...Object.values(FEATURES), ...Object.values(EXTRAS)];

export type IsSetSupported = (set: string, version: string) => boolean;

/** The capabilities this Excel lacks. Outside Office nothing can be checked, so nothing is reported. */
export function missingCapabilities(isSetSupported: IsSetSupported | undefined): Capability[] {
  return isSetSupported ? CAPABILITIES.filter((c) => !isSetSupported(c.set, c.version)) : [];
}

export const supports = (isSetSupported: IsSetSupported, c: Capability) => isSetSupported(c.set, c.version);

/** The optional features this Excel has, as the Office.js operations take them. */
export function capabilitiesOf(isSetSupported: IsSetSupported): Capabilities {
  return {
    conditionalFormats: supports(isSetSupported, EXTRAS.conditionalFormats),
    pageLayout: supports(isSetSupported, EXTRAS.pageLayout),
  };
}

export function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}
