import { parseCell, parseReport } from "../../src/domain";
import { field, fw, rawReport } from "./helpers";

/** [field, raw cell, expected error code or value]: what a hostile or mistyped cell gives. */
const CASES: [string, unknown, { error: string } | { value: unknown }][] = [
  ["report_date", 99999999, { error: "not_date" }], // past Excel's last day
  ["report_date", new Date(Date.UTC(275690, 8, 1)), { error: "date_out_of_term" }], // what Excel made of it
  ["report_date", 2_958_465, { error: "date_out_of_term" }], // 31/12/9999
  ["report_date", 36526, { error: "date_out_of_term" }], // 01/01/2000
  ["report_date", "31/12/2022", { error: "date_out_of_term" }],
  ["report_date", "2029-01-01", { error: "date_out_of_term" }],
  ["report_date", "01/01/2023", { value: "2023-01-01" }],
  ["report_date", "31/12/2028", { value: "2028-12-31" }],
  ["unit_name", "A".repeat(32_767), { value: "A".repeat(32_767) }],
  ["unit_name", "A".repeat(32_768), { error: "text_too_long" }],
  ["unit_name", "Đ".repeat(1_000_000), { error: "text_too_long" }],
];

describe("errors are named", () => {
  it.each(CASES)("%s %#", (id, raw, expected) => {
    const result = parseCell(fw, field(id), raw as never);
    if ("error" in expected) expect(result).toMatchObject({ ok: false, error: { code: expected.error } });
    else expect(result).toEqual({ ok: true, value: expected.value });
  });

  it("says which year a date falls in and which term it should be in", () => {
    const result = parseCell(fw, field("report_date"), new Date(Date.UTC(275690, 8, 1)));
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: {
          vi: "Ngày báo cáo: “1/9/275690” là một ngày năm 275690, ngoài nhiệm kỳ 2023–2028",
          en: expect.stringMatching(/is a date in the year 275690, outside the term 2023–2028$/),
        },
      },
    });
  });

  it("refuses a text over Excel's cell limit, and the message does not carry the text", () => {
    const report = parseReport(fw, rawReport({ unit_name: "x".repeat(1_000_000) }));
    expect(report.unitName).toBeNull();
    const error = report.errors.find((e) => e.code === "text_too_long")!;
    expect(error.message.vi).toMatch(/chữ dài 1\.000\.000 ký tự, quá giới hạn 32\.767 ký tự một ô của Excel/);
    expect(error.message.en).toMatch(/1,000,000 characters long, over Excel's limit of 32,767 per cell/);
    const counted = parseReport(fw, rawReport({ members: "9".repeat(100_000) })).errors[0];
    expect(counted.message.vi.length).toBeLessThan(200);
  });
});
