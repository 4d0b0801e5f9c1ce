import { DOCUMENT_FONT, type Look } from "./look";
import type { DocumentSettings } from "./settings";

/** Found in A1 of the workbook's document settings sheet. */
export const SETTINGS_MARKER = "chitieu-document/1";
export const SETTINGS_SHEET_NAME = "Thông tin văn bản";

/** One setting a row: its key (column A, hidden), what it is (B) and the value the user types (C). */
export const SETTING_ROWS = [
  ["superior", "Cơ quan cấp trên"],
  ["issuer", "Cơ quan ban hành (để trống: theo tên đơn vị)"],
  ["number", "Số văn bản (để trống để ghi tay)"],
  ["symbol", "Ký hiệu (sau dấu /)"],
  ["place", "Địa danh"],
  ["date", "Ngày ký (dd/mm/yyyy, để trống để ghi tay)"],
  ["signer_capacity", "Thẩm quyền ký"],
  ["signer_title", "Chức vụ người ký"],
  ["signer_name", "Họ và tên người ký"],
  ["preparer_title", "Người lập biểu"],
  ["preparer_name", "Họ và tên người lập biểu"],
] as const;
export type SettingKey = (typeof SETTING_ROWS)[number][0];
export const RECIPIENT_KEY = "recipient";
/** Rows offered for recipients beyond the defaults, so one can be added without inserting rows. */
const SPARE_RECIPIENTS = 3;

export function settingValue(s: DocumentSettings, key: SettingKey): string {
  switch (key) {
    case "signer_capacity":
      return s.signer.capacity;
    case "signer_title":
      return s.signer.title;
    case "signer_name":
      return s.signer.name;
    case "preparer_title":
      return s.preparer.title;
    case "preparer_name":
      return s.preparer.name;
    default:
      return s[key];
  }
}

export interface SettingsCell {
  value?: string;
  look?: Look;
  /** "@": kept as text (a number “05” stays “05”). */
  numberFormat?: string;
}

/** The settings sheet as a grid (3 columns); the writers hide the sheet and its key column. */
export interface SettingsSheetLayout {
  name: string;
  rows: SettingsCell[][];
  columnWidths: number[];
  hiddenColumns: number[];
}

const F = { font: DOCUMENT_FONT, size: 12 };
const TITLE: Look = { ...F, bold: true };
const LABEL: Look = { ...F };
const INPUT: Look = { ...F, fill: "#FFF2CC" };

export function settingsSheetLayout(s: DocumentSettings): SettingsSheetLayout {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.date);
  const input = (value: string): SettingsCell => ({ value, look: INPUT, numberFormat: "@" });
  const rows: SettingsCell[][] = [
    [{ value: SETTINGS_MARKER }, { value: "Thông tin in ở đầu và cuối báo cáo", look: TITLE }, {}],
    ...SETTING_ROWS.map(([key, label]): SettingsCell[] => [
      { value: key },
      { value: label, look: LABEL },
      input(key === "date" && date ? `${date[3]}/${date[2]}/${date[1]}` : settingValue(s, key)),
    ]),
    ...[...s.recipients, ...Array.from({ length: SPARE_RECIPIENTS }, () => "")].map(
      (r, i): SettingsCell[] => [
        { value: RECIPIENT_KEY },
        { value: i ? "" : "Nơi nhận (mỗi dòng một nơi)", look: LABEL },
        input(r),
      ],
    ),
  ];
  return { name: SETTINGS_SHEET_NAME, rows, columnWidths: [10, 40, 50], hiddenColumns: [0] };
}
