/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands over any cell value; the metadata
   generator knows `any[][]` (a range of any values), not `unknown`. */
import {
  compare,
  defaultFramework,
  fieldOf,
  parseCell,
  parseComparator,
  parseSimpleCell,
  percent,
  statusText,
} from "../domain";
import type { FieldDef, FieldValue, PeriodKind, Status, Text } from "../domain";
import { readCount, readNumber, rawCell } from "./cells";
import { invalidValue, notApplicable, type CellError } from "./excelError";
import { mapCells } from "./grid";
import { displayLanguage, say, type Language } from "../shared/language";
import { targetEntry, unknownTarget, type TargetEntry } from "./targets";

// The wording of a few arguments, for messages.
const countField = (id: string, label: Text): FieldDef => ({ id, section: "activity", kind: "count", label });
const NUMERATOR = countField("numerator", { vi: "Tử số", en: "Numerator" });
const DENOMINATOR = countField("denominator", { vi: "Mẫu số", en: "Denominator" });
const ACTUAL: Text = { vi: "Giá trị thực tế", en: "Actual value" };
const THRESHOLD: Text = { vi: "Ngưỡng", en: "Threshold" };
const TARGET_VALUE: Text = { vi: "Chỉ tiêu", en: "Target" };
const PERIOD_FIELD = fieldOf(defaultFramework, "period_kind");
const COMPARATOR_LIST = "> · >= (≥) · = · <= (≤) · <";

const missing = (what: Text, lang: Language) =>
  notApplicable({ vi: `Thiếu số liệu: ${what.vi}`, en: `Missing data: ${what.en}` }, lang);

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Tỉ lệ phần trăm tử số trên mẫu số (15 là 15%), làm tròn 2 chữ số; mẫu số bằng 0 cho #N/A “Không áp dụng”. Percentage of numerator over denominator (15 means 15%), rounded to 2 decimals; #N/A “not applicable” when the denominator is 0.
 * @customfunction RATE
 * @param numerator Tử số: số lượng, một ô hoặc một cột. Numerator: a count, one cell or a column.
 * @param denominator Mẫu số: số lượng, một ô hoặc một cột. Denominator: a count, one cell or a column.
 * @returns Tỉ lệ phần trăm. The percentage.
 */
export function rate(numerator: any[][], denominator: any[][]): any[][] {
  const lang = displayLanguage();
  return mapCells([numerator, denominator], lang, ([n, d]): number | CellError => {
    const num = readCount(NUMERATOR, n);
    if (!num.ok) return invalidValue(num.message, lang);
    const den = readCount(DENOMINATOR, d);
    if (!den.ok) return invalidValue(den.message, lang);
    if (num.value === null) return missing(NUMERATOR.label, lang);
    if (den.value === null) return missing(DENOMINATOR.label, lang);
    if (den.value === 0) {
      return notApplicable(
        { vi: "Không áp dụng: mẫu số bằng 0", en: "Not applicable: the denominator is 0" },
        lang,
      );
    }
    return percent(num.value, den.value);
  });
}

/**
 * Mức đạt so với chỉ tiêu, tính bằng phần trăm (thực tế ÷ chỉ tiêu × 100): 12 trên chỉ tiêu 15 là 80. Attainment against a target, as a percentage (actual ÷ target × 100): 12 against 15 is 80.
 * @customfunction ATTAINMENT
 * @param actual Giá trị thực tế (ví dụ 12 hoặc "12,5"). The actual value (e.g. 12 or "12,5").
 * @param target Chỉ tiêu, lớn hơn 0. The target, above 0.
 * @returns Mức đạt, phần trăm. Attainment, percent.
 */
export function attainment(actual: any[][], target: any[][]): any[][] {
  const lang = displayLanguage();
  return mapCells([actual, target], lang, ([a, t]): number | CellError => {
    const act = readNumber(ACTUAL, a);
    if (!act.ok) return invalidValue(act.message, lang);
    const goal = readNumber(TARGET_VALUE, t);
    if (!goal.ok) return invalidValue(goal.message, lang);
    if (act.value === null) return missing(ACTUAL, lang);
    if (goal.value === null) return missing(TARGET_VALUE, lang);
    if (goal.value === 0) {
      return notApplicable(
        { vi: "Không áp dụng: chỉ tiêu bằng 0", en: "Not applicable: the target is 0" },
        lang,
      );
    }
    if (goal.value < 0 || act.value < 0) {
      return invalidValue(
        { vi: "Thực tế và chỉ tiêu không được âm", en: "Actual and target cannot be negative" },
        lang,
      );
    }
    return percent(act.value, goal.value);
  });
}

/**
 * “Đạt” hoặc “Không đạt”: so sánh giá trị thực tế với ngưỡng, ví dụ ">=" 15. “Met” or “Not met”: compares an actual value with a threshold, e.g. ">=" 15.
 * @customfunction MET
 * @param actual Giá trị thực tế. The actual value.
 * @param comparator Phép so sánh: > >= = <= < (hoặc ≥ ≤). The comparison: > >= = <= < (or ≥ ≤).
 * @param threshold Ngưỡng. The threshold.
 * @returns Đạt / Không đạt. Met / Not met.
 */
export function met(actual: any[][], comparator: any[][], threshold: any[][]): any[][] {
  const lang = displayLanguage();
  return mapCells([actual, comparator, threshold], lang, ([a, c, t]): string | CellError => {
    const cmp = parseComparator(c);
    if (!cmp) {
      const shown = isEmpty(c) ? "" : ` (“${String(c)}”)`;
      return invalidValue(
        {
          vi: `Phép so sánh phải là một trong: ${COMPARATOR_LIST}${shown}`,
          en: `The comparison must be one of: ${COMPARATOR_LIST}${shown}`,
        },
        lang,
      );
    }
    const act = readNumber(ACTUAL, a);
    if (!act.ok) return invalidValue(act.message, lang);
    const limit = readNumber(THRESHOLD, t);
    if (!limit.ok) return invalidValue(limit.message, lang);
    if (limit.value === null) return missing(THRESHOLD, lang);
    if (act.value === null) return say(statusText("missing"), lang);
    return say(statusText(compare(act.value, cmp, limit.value) ? "met" : "not_met"), lang);
  });
}

function tooManyInputs(entry: TargetEntry, position: number): Text {
  const n = entry.inputs.length;
  const vi = entry.inputs.map((f) => f.label.vi).join("; ");
  const en = entry.inputs.map((f) => f.label.en).join("; ");
  return {
    vi: `Chỉ tiêu ${entry.target.code} chỉ cần ${n} số liệu (${vi}); ô thứ ${position} là thừa. Kỳ báo cáo là tham số cuối cùng.`,
    en: `Target ${entry.target.code} takes ${n} inputs (${en}); input ${position} is one too many. The report period is the last argument.`,
  };
}

const STATUSES: Status[] = ["met", "not_met", "na", "missing", "pending"];
const STATUS_WORDS: Record<Language, Record<Status, string>> = {
  vi: Object.fromEntries(STATUSES.map((st) => [st, statusText(st).vi])) as Record<Status, string>,
  en: Object.fromEntries(STATUSES.map((st) => [st, statusText(st).en])) as Record<Status, string>,
};

/** The period argument: a kind, undefined when blank (judge as is), or why it is wrong. */
function readPeriod(period: unknown): PeriodKind | undefined | Text {
  if (isEmpty(period) || !PERIOD_FIELD) return undefined;
  const parsed = parseCell(defaultFramework, PERIOD_FIELD, rawCell(period));
  return parsed.ok ? (parsed.value as PeriodKind) : parsed.error.message;
}

/**
 * CHITIEU.STATUS over a grid of cells. A column of 100,000 units is common, and the code and period
 * are then one cell each: both are read once, each input is read without allocating when it is a plain
 * number or TRUE/FALSE, and the compiled target judges values held in one reused array.
 */
function statusColumn(grids: unknown[], lang: Language): (string | CellError)[][] {
  const words = STATUS_WORDS[lang];
  const values: (FieldValue | null)[] = [null, null, null];
  let code: unknown = {}; // no cell is this object: the first cell reads its code
  let entry: TargetEntry | undefined;
  let period: unknown = {};
  let kind: PeriodKind | undefined | Text;
  return mapCells(grids, lang, (cells): string | CellError => {
    if (cells[0] !== code) {
      code = cells[0];
      entry = targetEntry(code);
    }
    if (!entry) return notApplicable(unknownTarget(code), lang);
    for (let i = 0; i < 3; i++) {
      const raw = cells[i + 1];
      const field = entry.inputs[i];
      if (!field) {
        if (!isEmpty(raw)) return invalidValue(tooManyInputs(entry, i + 1), lang);
        continue;
      }
      let value = parseSimpleCell(field, raw);
      if (value === undefined) {
        const parsed = parseCell(defaultFramework, field, rawCell(raw));
        if (!parsed.ok) return invalidValue(parsed.error.message, lang);
        value = parsed.value;
      }
      values[i] = value;
    }
    if (cells[4] !== period) {
      period = cells[4];
      kind = readPeriod(period);
    }
    if (typeof kind === "object") return invalidValue(kind, lang);
    return words[entry.compiled.status(values, kind)];
  });
}

/**
 * Kết quả một chỉ tiêu của đơn vị: Đạt, Không đạt, Không áp dụng, Chưa đến hạn hoặc Thiếu số liệu. Số liệu nhập theo thứ tự của chỉ tiêu (xem Trợ giúp). A unit's result for one target: Met, Not met, Not applicable, Not yet due or Missing data. Inputs go in the target's order (see Help).
 * @customfunction STATUS
 * @param code Mã chỉ tiêu, ví dụ "2.5". The target code, e.g. "2.5".
 * @param input1 Số liệu thứ nhất của chỉ tiêu. The target's first input.
 * @param [input2] Số liệu thứ hai (nếu chỉ tiêu cần). The second input, if the target takes one.
 * @param [input3] Số liệu thứ ba (nếu chỉ tiêu cần). The third input, if the target takes one.
 * @param [periodKind] Kỳ báo cáo: 6 tháng, Năm, Sơ kết giữa nhiệm kỳ, Tổng kết nhiệm kỳ. Report period: 6-month, Year, Mid-term review, End-of-term review.
 * @returns Trạng thái của chỉ tiêu. The target's status.
 */
export function status(
  code: any[][],
  input1: any[][],
  input2?: any[][],
  input3?: any[][],
  periodKind?: any[][],
): any[][] {
  return statusColumn([code, input1, input2, input3, periodKind], displayLanguage());
}

/**
 * Ngưỡng của chỉ tiêu (phần trăm với tỉ lệ, số lượng với chỉ tiêu đếm), ví dụ 15 cho "2.5". A target's threshold (a percentage for rates, a count for counts), e.g. 15 for "2.5".
 * @customfunction THRESHOLD
 * @param code Mã chỉ tiêu, ví dụ "2.5". The target code, e.g. "2.5".
 * @returns Ngưỡng. The threshold.
 */
export function threshold(code: any[][]): any[][] {
  const lang = displayLanguage();
  return mapCells([code], lang, ([c]): number | CellError => {
    const entry = targetEntry(c);
    if (!entry) return notApplicable(unknownTarget(c), lang);
    const rule = entry.target.unit;
    if (rule.kind === "rate" || rule.kind === "count") return rule.threshold;
    return notApplicable(
      {
        vi: `Chỉ tiêu ${entry.target.code} là tiêu chí có/không, không có ngưỡng số`,
        en: `Target ${entry.target.code} is a yes/no criterion with no numeric threshold`,
      },
      lang,
    );
  });
}

/**
 * Nội dung của chỉ tiêu theo mã, bằng ngôn ngữ của Excel. The text of a target by code, in Excel's language.
 * @customfunction TARGETTEXT
 * @param code Mã chỉ tiêu, ví dụ "2.5". The target code, e.g. "2.5".
 * @returns Nội dung chỉ tiêu. The target's text.
 */
export function targetText(code: any[][]): any[][] {
  const lang = displayLanguage();
  return mapCells([code], lang, ([c]): string | CellError => {
    const entry = targetEntry(c);
    return entry ? say(entry.target.text, lang) : notApplicable(unknownTarget(c), lang);
  });
}
