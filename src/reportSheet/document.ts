import { parseCell, type FieldValue, type Framework, type RawCell } from "../domain";
import { defaultSettings, documentSubject, type DocumentSettings, type DocumentTitle } from "../document";

function valueOf(fw: Framework, id: string, values?: Readonly<Record<string, RawCell>>): FieldValue | null {
  const field = fw.fields.find((f) => f.id === id);
  const raw = values?.[id];
  if (!field || raw === undefined || raw === null) return null;
  const read = parseCell(fw, field, raw);
  return read.ok ? read.value : null;
}

const PERIOD_WORDS: Record<string, (year: string) => string> = {
  h1: (y) => `6 tháng đầu năm ${y}`,
  year: (y) => `năm ${y}`,
  midterm: (y) => `sơ kết giữa nhiệm kỳ (năm ${y})`,
  endterm: (y) => `tổng kết nhiệm kỳ (năm ${y})`,
};

/** The report's title: the framework's subject and the period (“… năm 2025”), blanks to fill by hand. */
export function reportTitle(fw: Framework, values?: Readonly<Record<string, RawCell>>): DocumentTitle {
  const year = valueOf(fw, "year", values);
  const kind = valueOf(fw, "period_kind", values);
  const y = typeof year === "number" ? String(year) : "……";
  const period = (PERIOD_WORDS[String(kind)] ?? PERIOD_WORDS.year)(y);
  return {
    kind: "Báo cáo",
    subject: `${documentSubject(fw)} ${period}`,
    year: typeof year === "number" ? year : undefined,
  };
}

/**
 * The unit's document settings when the workbook keeps none: the framework's defaults, the issuer named
 * after the unit, the preparer and the date from the report's own fields.
 */
export function unitSettings(fw: Framework, values?: Readonly<Record<string, RawCell>>): DocumentSettings {
  const name = valueOf(fw, "unit_name", values);
  const s = defaultSettings(fw, "unit", typeof name === "string" ? name : "");
  const reporter = valueOf(fw, "reporter", values);
  const date = valueOf(fw, "report_date", values);
  return {
    ...s,
    date: typeof date === "string" ? date : "",
    preparer: { ...s.preparer, name: typeof reporter === "string" ? reporter : "" },
  };
}

/** What a new settings sheet holds: the framework's defaults, the issuer blank (named after the unit). */
export const settingsSheetDefaults = (fw: Framework): DocumentSettings => ({
  ...defaultSettings(fw, "unit"),
  issuer: "",
});
