import type { Text } from "../domain";

export interface Capability {
  set: string;
  version: string;
  /** What the user loses where Excel lacks it. */
  text: Text;
}

// The manifest asks only for ExcelApi 1.1 so the functions run on as many Excels as possible; what
// the report template will need above that is checked here, and its absence said, not hidden.
export const CAPABILITIES: Capability[] = [
  {
    set: "ExcelApi",
    version: "1.4",
    text: { vi: "đặt tên vùng cho mẫu báo cáo", en: "named ranges in the report template" },
  },
  {
    set: "ExcelApi",
    version: "1.8",
    text: { vi: "kiểm tra dữ liệu nhập trong mẫu báo cáo", en: "data validation in the report template" },
  },
];

export type IsSetSupported = (set: string, version: string) => boolean;

/** The capabilities this Excel lacks. Outside Office nothing can be checked, so nothing is reported. */
export function missingCapabilities(isSetSupported: IsSetSupported | undefined): Capability[] {
  return isSetSupported ? CAPABILITIES.filter((c) => !isSetSupported(c.set, c.version)) : [];
}

export function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}
