import type { CellStyle } from "./layout";

import type { Look } from "../document";

export type { Look };

/** The template's looks, the conventions a clerk expects: inputs light yellow, computed grey. */
export const REPORT_LOOKS: Record<CellStyle, Look> = {
  key: { color: "#A6A6A6" },
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  section: { bold: true, fill: "#DDEBF7" },
  header: { bold: true, fill: "#D9D9D9" },
  label: { wrap: true },
  input: { fill: "#FFF2CC" },
  computed: { fill: "#F2F2F2" },
  status: { bold: true, fill: "#F2F2F2" },
  note: { italic: true, color: "#595959", wrap: true },
  check: { color: "#9C0006", wrap: true },
};
