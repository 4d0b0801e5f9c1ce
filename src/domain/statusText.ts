import type { Status, Text } from "./types";

const TEXTS: Record<Status, Text> = {
  met: { vi: "Đạt", en: "Met" },
  not_met: { vi: "Không đạt", en: "Not met" },
  na: { vi: "Không áp dụng", en: "Not applicable" },
  missing: { vi: "Thiếu số liệu", en: "Missing data" },
  pending: { vi: "Chưa đến hạn", en: "Not yet due" },
};

/** The words users see for a status. */
export function statusText(status: Status): Text {
  return TEXTS[status];
}

const MARKS: Record<Status, Text> = {
  met: { vi: "Đ", en: "M" },
  not_met: { vi: "K", en: "N" },
  na: { vi: "–", en: "–" },
  missing: { vi: "?", en: "?" },
  pending: { vi: "C", en: "P" },
};

/** A status in one letter, for tables too narrow for words; `statusLegend` says what each means. */
export function statusMark(status: Status): Text {
  return MARKS[status];
}

/** “Đ: Đạt; K: Không đạt; …”, the key to `statusMark`. */
export function statusLegend(): Text {
  const all = Object.keys(MARKS) as Status[];
  const line = (lang: keyof Text) =>
    all.map((s) => `${MARKS[s][lang]}: ${TEXTS[s][lang].toLowerCase()}`).join("; ");
  return { vi: line("vi"), en: line("en") };
}

/** A province's status in words: a result still open for want of reports or figures is “not concluded”. */
export function provinceStatusText(status: Status): Text {
  return status === "missing" ? { vi: "Chưa kết luận", en: "Not concluded" } : TEXTS[status];
}
