import { parseCell, parseNumberText, type RawCell } from "../../src/domain";
import { field, fw } from "./helpers";

type Expect = { value: unknown } | { error: string };

function parsed(fieldId: string, raw: RawCell): Expect {
  const r = parseCell(fw, field(fieldId), raw);
  return r.ok ? { value: r.value } : { error: r.error.code };
}

/** [field, raw cell, expected]. A case is a row. */
const CASES: [fieldId: string, raw: RawCell, expected: Expect][] = [
  // counts, as Vietnamese clerks type them
  ["members", 40, { value: 40 }],
  ["members", "40", { value: 40 }],
  ["members", "1.234", { value: 1234 }],
  ["members", "1.234.567", { value: 1234567 }],
  ["members", "1 234", { value: 1234 }],
  ["members", "1\u00a0234", { value: 1234 }],
  ["members", "\u00a0 40 \u202f", { value: 40 }],
  ["members", "+40", { value: 40 }],
  ["members", "0", { value: 0 }],
  ["members", "-0", { value: 0 }],
  ["members", -0, { value: 0 }],
  ["members", "95,5", { error: "not_whole" }],
  ["members", "95.5", { error: "not_whole" }],
  ["members", "1.234,5", { error: "not_whole" }],
  ["members", 2.5, { error: "not_whole" }],
  ["members", "95%", { error: "percent_in_count" }],
  ["members", "95 %", { error: "percent_in_count" }],
  ["members", -3, { error: "negative" }],
  ["members", "-3", { error: "negative" }],
  ["members", "\u22123", { error: "negative" }],
  ["members", "bốn mươi", { error: "not_number" }],
  ["members", "40 người", { error: "not_number" }],
  ["members", "1.23", { error: "not_whole" }],
  ["members", "12..3", { error: "not_number" }],
  ["members", NaN, { error: "not_number" }],
  ["members", Infinity, { error: "not_number" }],
  ["members", true, { error: "not_number" }],
  ["members", new Date("2025-01-01"), { error: "not_number" }],
  // empty cells are null: whether that is allowed is the report's business
  ["members", null, { value: null }],
  ["members", undefined, { value: null }],
  ["members", "", { value: null }],
  ["members", " \u00a0 ", { value: null }],
  // Excel errors, as an error value and as the text Office.js or a CSV gives
  ["members", { error: "#DIV/0!" }, { error: "excel_error" }],
  ["members", "#N/A", { error: "excel_error" }],
  ["members", " #REF! ", { error: "excel_error" }],
  ["unit_name", "#VALUE!", { error: "excel_error" }],
  ["study_coordinated", { error: "#NAME?" }, { error: "excel_error" }],
  ["report_date", "#NUM!", { error: "excel_error" }],
  // yes/no
  ["study_coordinated", "Có", { value: true }],
  ["study_coordinated", "có", { value: true }],
  ["study_coordinated", "CÓ", { value: true }],
  ["study_coordinated", "Có".normalize("NFD"), { value: true }],
  ["study_coordinated", "co", { value: true }],
  ["study_coordinated", "x", { value: true }],
  ["study_coordinated", "X", { value: true }],
  ["study_coordinated", "yes", { value: true }],
  ["study_coordinated", "Đã", { value: true }],
  ["study_coordinated", true, { value: true }],
  ["study_coordinated", 1, { value: true }],
  ["study_coordinated", "Không", { value: false }],
  ["study_coordinated", "Không".normalize("NFD"), { value: false }],
  ["study_coordinated", "khong", { value: false }],
  ["study_coordinated", "no", { value: false }],
  ["study_coordinated", "Chưa", { value: false }],
  ["study_coordinated", false, { value: false }],
  ["study_coordinated", 0, { value: false }],
  ["study_coordinated", "có lẽ", { error: "not_yes_no" }],
  ["study_coordinated", 2, { error: "not_yes_no" }],
  ["study_coordinated", new Date("2025-01-01"), { error: "not_yes_no" }],
  // ratings by label, alias, NFC, NFD, without diacritics, any case
  ["self_rating", "Hoàn thành xuất sắc nhiệm vụ", { value: "excellent" }],
  ["self_rating", "Hoàn thành xuất sắc nhiệm vụ".normalize("NFD"), { value: "excellent" }],
  ["self_rating", "hoan thanh xuat sac nhiem vu", { value: "excellent" }],
  ["self_rating", "HOÀN THÀNH TỐT NHIỆM VỤ", { value: "good" }],
  ["self_rating", "Hoàn thành tốt", { value: "good" }],
  ["self_rating", "Hoàn thành nhiệm vụ", { value: "completed" }],
  ["self_rating", "hoàn  thành", { value: "completed" }],
  ["self_rating", "Không hoàn thành nhiệm vụ", { value: "not_completed" }],
  ["self_rating", "khong hoan thanh nhiem vu", { value: "not_completed" }],
  ["self_rating", "Excellent", { value: "excellent" }],
  ["self_rating", "Khá", { error: "not_a_choice" }],
  ["self_rating", 1, { error: "not_a_choice" }],
  // period kinds
  ["period_kind", "6 tháng", { value: "h1" }],
  ["period_kind", "6 tháng đầu năm".normalize("NFD"), { value: "h1" }],
  ["period_kind", "Năm", { value: "year" }],
  ["period_kind", "nam", { value: "year" }],
  ["period_kind", "Sơ kết giữa nhiệm kỳ", { value: "midterm" }],
  ["period_kind", "so ket giua nhiem ky", { value: "midterm" }],
  ["period_kind", "Tổng kết nhiệm kỳ".normalize("NFD"), { value: "endterm" }],
  ["period_kind", "TONG KET NHIEM KY", { value: "endterm" }],
  ["period_kind", "Quý 1", { error: "not_a_choice" }],
  // years: the term only
  ["year", 2023, { value: 2023 }],
  ["year", "2028", { value: 2028 }],
  ["year", 2022, { error: "year_out_of_range" }],
  ["year", 2029, { error: "year_out_of_range" }],
  ["year", "năm nay", { error: "year_out_of_range" }],
  ["year", 2025.5, { error: "year_out_of_range" }],
  ["year", true, { error: "not_number" }],
  // dates
  ["report_date", "15/01/2025", { value: "2025-01-15" }],
  ["report_date", "5/1/2025", { value: "2025-01-05" }],
  ["report_date", "15.01.2025", { value: "2025-01-15" }],
  ["report_date", "2025-01-15", { value: "2025-01-15" }],
  ["report_date", 45672, { value: "2025-01-15" }],
  ["report_date", 45672.75, { value: "2025-01-15" }],
  ["report_date", new Date(Date.UTC(2025, 0, 15)), { value: "2025-01-15" }],
  ["report_date", "29/02/2024", { value: "2024-02-29" }],
  ["report_date", "31/02/2025", { error: "not_date" }],
  ["report_date", "29/02/2025", { error: "not_date" }],
  ["report_date", "15/13/2025", { error: "not_date" }],
  ["report_date", "2025-02-30", { error: "not_date" }],
  ["report_date", "01/15/2025", { error: "not_date" }],
  ["report_date", "hôm qua", { error: "not_date" }],
  ["report_date", 0, { error: "not_date" }],
  ["report_date", -5, { error: "not_date" }],
  ["report_date", new Date("not a date"), { error: "not_date" }],
  ["report_date", true, { error: "not_date" }],
  // text
  ["unit_name", "  CĐCS   Trường  A ", { value: "CĐCS Trường A" }],
  ["unit_name", "CĐCS Trường A".normalize("NFD"), { value: "CĐCS Trường A" }],
  ["unit_code", 17, { value: "17" }],
  ["unit_name", true, { error: "not_text" }],
  ["unit_name", new Date(Date.UTC(2025, 0, 1)), { error: "not_text" }],
];

describe("parseCell", () => {
  it.each(CASES)("%s ← %p", (fieldId, raw, expected) => {
    expect(parsed(fieldId, raw)).toEqual(expected);
  });

  it("returns 0, never -0, for a count", () => {
    for (const raw of [-0, "-0", "0"]) {
      const r = parseCell(fw, field("members"), raw);
      expect(r.ok && Object.is(r.value, 0)).toBe(true);
    }
  });

  it("gives every error a code, the field and a message in both languages", () => {
    for (const [fieldId, raw, expected] of CASES) {
      const r = parseCell(fw, field(fieldId), raw);
      if (r.ok) continue;
      expect("error" in expected).toBe(true);
      expect(r.error.field).toBe(fieldId);
      expect(r.error.code).toMatch(/^[a-z_]+$/);
      expect(r.error.message.vi.length).toBeGreaterThan(field(fieldId).label.vi.length + 2);
      expect(r.error.message.en.length).toBeGreaterThan(field(fieldId).label.en.length + 2);
      expect(r.error.message.vi.startsWith(field(fieldId).label.vi)).toBe(true);
    }
  });

  it("quotes what the clerk typed in the message", () => {
    const r = parseCell(fw, field("members"), "95%");
    expect(r).toMatchObject({
      ok: false,
      error: {
        message: {
          vi: "Số đoàn viên công đoàn: nhập số lượng, không nhập tỉ lệ (“95%”)",
          en: "Union members: enter a count, not a percentage (“95%”)",
        },
      },
    });
  });
});

describe("parseNumberText", () => {
  it.each([
    ["95,5", 95.5, false],
    ["95.5", 95.5, false],
    ["1.234", 1234, false],
    ["1.234,5", 1234.5, false],
    ["1,234.5", 1234.5, false],
    ["95%", 95, true],
    ["95,5 %", 95.5, true],
    ["-2", -2, false],
    [".5", 0.5, false],
  ] as const)("%s is %d (percent: %s)", (text, value, isPercent) => {
    expect(parseNumberText(text)).toEqual({ value, percent: isPercent });
  });

  it.each(["", "%", "abc", "1.2.3,4,5", "1,2,3", "--1", "1e3", "0x10", "Infinity"])(
    "%p is not a number",
    (t) => {
      expect(parseNumberText(t)).toBeNull();
    },
  );
});
