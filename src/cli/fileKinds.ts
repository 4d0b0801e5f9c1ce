import path from "node:path";
import type { Text } from "../domain";

/** A file a merge does not read, and why: every file a folder holds is either read or listed with this. */
export interface NotRead {
  code: string;
  reason: Text;
}

/** Excel's lock file beside an open workbook (“~$báo cáo.xlsx”): never a report. */
const LOCK_FILE: NotRead = {
  code: "lock_file",
  reason: {
    vi: "Tệp khóa của Excel (~$…) khi sổ tính đang mở, không phải báo cáo",
    en: "Excel's lock file (~$…) of an open workbook, not a report",
  },
};

/** A spreadsheet of another kind: Excel or LibreOffice saves it as .xlsx in one step. */
const saveAsXlsx = (code: string, vi: string, en: string): NotRead => ({
  code,
  reason: {
    vi: `${vi}: không đọc; hãy mở và lưu thành Sổ làm việc Excel (.xlsx)`,
    en: `${en}: not read; open it and save it as an Excel Workbook (.xlsx)`,
  },
});

const BY_EXTENSION: Record<string, NotRead> = {
  ".xls": saveAsXlsx("xls_file", "Tệp Excel 97–2003 (.xls)", "An Excel 97–2003 file (.xls)"),
  ".xlt": saveAsXlsx("xls_file", "Tệp mẫu Excel 97–2003 (.xlt)", "An Excel 97–2003 template (.xlt)"),
  ".xlsm": saveAsXlsx("macro_workbook", "Sổ tính có macro (.xlsm)", "A macro-enabled workbook (.xlsm)"),
  ".xltm": saveAsXlsx("macro_workbook", "Tệp mẫu có macro (.xltm)", "A macro-enabled template (.xltm)"),
  ".xltx": saveAsXlsx("template_file", "Tệp mẫu Excel (.xltx)", "An Excel template (.xltx)"),
  ".xlsb": saveAsXlsx("binary_workbook", "Sổ tính nhị phân (.xlsb)", "A binary workbook (.xlsb)"),
  ".ods": saveAsXlsx("ods_file", "Bảng tính OpenDocument (.ods)", "An OpenDocument spreadsheet (.ods)"),
};

const OTHER: NotRead = {
  code: "not_a_report_file",
  reason: {
    vi: "Không phải tệp báo cáo (.xlsx hoặc .json)",
    en: "Not a report file (.xlsx or .json)",
  },
};

/** Whether a file is read as a report (`null`), or why not, by its name. */
export function notReadByName(file: string): NotRead | null {
  if (path.basename(file).startsWith("~$")) return LOCK_FILE;
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xlsx" || ext === ".json") return null;
  return BY_EXTENSION[ext] ?? OTHER;
}
