import type { Text } from "../domain";
import { CAPABILITY_SETS } from "../excel/run";

export { capabilitiesOf } from "../excel/run";

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

/**
 * Optional extras the user is told about: without them the feature still works, a little plainer.
 * (Validation, frozen rows and change events come with the features above, at 1.8 and 1.9.)
 */
export const EXTRAS: Record<"conditionalFormats" | "pageLayout", Capability> = {
  conditionalFormats: {
    set: "ExcelApi",
    version: CAPABILITY_SETS.conditionalFormats,
    text: { vi: "tô màu ô nhập sai", en: "colouring invalid cells" },
  },
  pageLayout: {
    set: "ExcelApi",
    version: CAPABILITY_SETS.pageLayout,
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

export function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}
