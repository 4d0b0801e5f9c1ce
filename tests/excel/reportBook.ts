import { defaultFramework as fw, parseReport, type RawCell, type Report } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";

const code = (i: number) => `DV${String(i).padStart(5, "0")}`;

const figures = (i: number): Record<string, RawCell> => ({
  unit_code: code(i),
  unit_name: `Trường THPT Số ${i} — Công đoàn cơ sở`,
  period_kind: "Năm",
  year: 2025,
  report_date: "2025-12-20",
  members: 40 + (i % 9),
  members_with_initiatives: i % 12,
  self_rating: i % 4 ? "Hoàn thành tốt nhiệm vụ" : "Hoàn thành xuất sắc nhiệm vụ",
});

/** Report sheets as a clerk leaves them (the template with its figures typed in), units `from`…`from + count − 1`. */
export function reportSheets(count: number, from = 1): Array<{ name: string; values: unknown[][] }> {
  return Array.from({ length: count }, (_, k) => {
    const layout = reportLayout(fw, { formulas: "native", values: figures(from + k) });
    return {
      name: `BC ${code(from + k)}`,
      values: layout.rows.map((r) => r.map((c) => c.formula ?? c.value ?? null)),
    };
  });
}

/** Reports as read from picked files, units `from`…`from + count − 1`. */
export function fileReports(count: number, from = 1): Report[] {
  return Array.from({ length: count }, (_, k) =>
    parseReport(fw, figures(from + k), `${code(from + k)}.xlsx › Báo cáo`),
  );
}

export const unitCode = code;
