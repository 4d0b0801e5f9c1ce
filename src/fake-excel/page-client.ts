import type { OfficeClient } from "./bind";

/**
 * Microsoft's client in a browser page: the preview page loads `excel-web-16.00.js` with a script tag
 * (webpack copies it from node_modules into the build; it is never part of the repository).
 */
export function pageOfficeClient(): OfficeClient {
  const page = window as unknown as Partial<OfficeClient>;
  if (!page.Excel || !page.OfficeExtension) {
    throw new Error("Office.js (excel-web-16.00.js) is not loaded on this page");
  }
  return { Excel: page.Excel, OfficeExtension: page.OfficeExtension };
}
