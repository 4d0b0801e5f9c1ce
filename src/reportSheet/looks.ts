import type { CellStyle } from "./layout";

import { DOCUMENT_FONT, type Look } from "../document";

export type { Look };

const body = (look: Look = {}): Look => ({ font: DOCUMENT_FONT, size: 12, ...look });

/** The template's looks, the conventions a clerk expects: inputs light yellow, computed grey. */
export const REPORT_LOOKS: Record<CellStyle, Look> = {
  key: body({ color: "#A6A6A6" }),
  section: body({ bold: true, fill: "#DDEBF7" }),
  header: body({ bold: true, fill: "#D9D9D9", align: "center", wrap: true }),
  code: body({ align: "center" }),
  label: body({ wrap: true }),
  input: body({ fill: "#FFF2CC" }),
  computed: body({ fill: "#F2F2F2", align: "center", wrap: true }),
  status: body({ bold: true, fill: "#F2F2F2", align: "center", wrap: true }),
  note: body({ italic: true, color: "#595959", wrap: true }),
  check: body({ color: "#9C0006", wrap: true }),
};
