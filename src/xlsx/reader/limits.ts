import type { Text } from "../../domain";

/** How much one file may cost to read; past any of these the file is refused with its reason. */
export interface ReadLimits {
  /** The file as it is on disk. */
  fileBytes: number;
  /** One part (an XML file inside the zip) once inflated. */
  partBytes: number;
  /** All parts read from one file, once inflated. */
  totalBytes: number;
  /** Cells kept from one sheet. */
  cells: number;
  /** Shared strings of one workbook. */
  strings: number;
  /** Time spent on one file. */
  ms: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  fileBytes: 64 * 2 ** 20,
  partBytes: 16 * 2 ** 20,
  totalBytes: 32 * 2 ** 20,
  cells: 500_000,
  strings: 1_000_000,
  ms: 5_000,
};

/** Why a file is not read: a code and a message for the user, thrown from deep in the reader and caught once. */
export class FileRefused extends Error {
  constructor(
    readonly code: string,
    readonly text: Text,
  ) {
    super(text.en);
  }
}

const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;

/** A damaged package: the reason goes inside the message the reader has always given. */
export const damaged = (vi: string, en: string) =>
  new FileRefused("corrupt_xlsx", {
    vi: `Tệp .xlsx bị hỏng, không đọc được (${vi})`,
    en: `The .xlsx file is damaged and cannot be read (${en})`,
  });

export const refusals = {
  empty: () => new FileRefused("not_xlsx", { vi: "Tệp rỗng (0 byte)", en: "The file is empty (0 bytes)" }),
  notXlsx: () =>
    new FileRefused("not_xlsx", { vi: "Không phải tệp Excel .xlsx", en: "Not an Excel .xlsx file" }),
  noWorkbook: () =>
    new FileRefused("not_xlsx", {
      vi: "Không phải tệp Excel .xlsx (tệp zip không chứa sổ tính)",
      en: "Not an Excel .xlsx file (the zip holds no workbook)",
    }),
  xls: () =>
    new FileRefused("xls_file", {
      vi: "Tệp Excel 97–2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx",
      en: "An Excel 97–2003 file (.xls): open it in Excel and save it as .xlsx",
    }),
  fileTooBig: (bytes: number, limit: number) =>
    new FileRefused("file_too_large", {
      vi: `Tệp quá lớn (${mb(bytes)}, tối đa ${mb(limit)}): không phải một báo cáo`,
      en: `The file is too large (${mb(bytes)}, at most ${mb(limit)}): not a report`,
    }),
  partTooBig: (part: string, limit: number) =>
    new FileRefused("part_too_large", {
      vi: `Phần ${part} khi giải nén vượt quá ${mb(limit)}: tệp bị làm hỏng hoặc không phải báo cáo (zip bomb)`,
      en: `Part ${part} inflates past ${mb(limit)}: a damaged file or not a report (zip bomb)`,
    }),
  totalTooBig: (limit: number) =>
    new FileRefused("file_too_large", {
      vi: `Các phần của tệp khi giải nén vượt quá ${mb(limit)}: tệp bị làm hỏng hoặc không phải báo cáo (zip bomb)`,
      en: `The file's parts inflate past ${mb(limit)}: a damaged file or not a report (zip bomb)`,
    }),
  tooManyCells: (sheet: string, limit: number) =>
    new FileRefused("too_many_cells", {
      vi: `Trang “${sheet}” có hơn ${limit.toLocaleString("vi-VN")} ô: không phải một báo cáo`,
      en: `Sheet “${sheet}” has more than ${limit.toLocaleString("en")} cells: not a report`,
    }),
  tooManyStrings: (limit: number) =>
    new FileRefused("too_many_strings", {
      vi: `Sổ tính có hơn ${limit.toLocaleString("vi-VN")} chuỗi: không phải một báo cáo`,
      en: `The workbook has more than ${limit.toLocaleString("en")} strings: not a report`,
    }),
  tooSlow: (ms: number) =>
    new FileRefused("too_slow", {
      vi: `Đọc tệp quá ${ms / 1000} giây thì dừng: tệp quá phức tạp để là một báo cáo`,
      en: `Reading stopped after ${ms / 1000} s: the file is too complex to be a report`,
    }),
  encrypted: () =>
    new FileRefused("encrypted_workbook", {
      vi: "Sổ tính được đặt mật khẩu (mã hóa) nên không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi lưu lại",
      en: "The workbook is protected with a password (encrypted) and cannot be read: open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again",
    }),
};

/** The clock and the byte count of one file's read, checked as it streams. */
export class Budget {
  private readonly start = Date.now();
  private inflated = 0;
  constructor(readonly limits: ReadLimits) {}

  addBytes(n: number): void {
    this.inflated += n;
    if (this.inflated > this.limits.totalBytes) throw refusals.totalTooBig(this.limits.totalBytes);
    this.checkTime();
  }

  checkTime(): void {
    if (Date.now() - this.start > this.limits.ms) throw refusals.tooSlow(this.limits.ms);
  }
}
