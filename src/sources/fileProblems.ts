import { unreadableReport, type Report } from "../domain";
import type { FileFailure } from "./grids";

/** A file that could not be opened, as the report the merge lists as excluded. */
export function unopenedFile(file: string, failure: FileFailure): Report {
  return unreadableReport(file, failure.code, failure.text.vi, failure.text.en);
}

/** A file that opened but holds no sheet made from the template. */
export function noReportSheet(file: string, sheets: readonly string[]): Report {
  const names = sheets.join(", ") || "—";
  return unreadableReport(
    file,
    "no_report_sheet",
    `Không có trang báo cáo theo mẫu Chỉ tiêu (các trang: ${names}); hãy nhập số liệu vào mẫu (chitieu template)`,
    `No report sheet made from the Chỉ tiêu template (sheets: ${names}); fill in the template (chitieu template)`,
  );
}
