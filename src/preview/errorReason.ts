import type { Text } from "../domain";

/** What each error value means, for the hover of a cell whose formula gave no message of its own. */
const MEANINGS: Record<string, Text> = {
  "#VALUE!": { vi: "Giá trị sai kiểu trong công thức.", en: "A value of the wrong type in the formula." },
  "#N/A": { vi: "Không có giá trị (không áp dụng).", en: "No value is available." },
  "#NAME?": { vi: "Công thức dùng một tên hoặc hàm không có.", en: "The formula uses an unknown name." },
  "#DIV/0!": { vi: "Chia cho 0.", en: "Division by zero." },
  "#REF!": { vi: "Tham chiếu đến ô không còn.", en: "A reference to cells that are gone." },
  "#NUM!": { vi: "Số không hợp lệ.", en: "An invalid number." },
  "#NULL!": { vi: "Hai vùng không giao nhau.", en: "Two ranges that do not intersect." },
  "#CALC!": { vi: "Không tính được.", en: "The formula could not be calculated." },
};

/** The hover text of an error cell: the custom function's own message, else what the error means. */
export function errorReason(code: string, reason: string | undefined): string | undefined {
  const meaning = MEANINGS[code];
  if (!meaning) return undefined;
  return reason ? `${code} — ${reason}` : `${code} — ${meaning.vi} / ${meaning.en}`;
}
