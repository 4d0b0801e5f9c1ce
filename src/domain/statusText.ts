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
