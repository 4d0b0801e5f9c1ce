/** How a cell looks, in words every writer (Office.js, exceljs) can draw. */
export interface Look {
  /** Font family; writers leave the sheet's default font where absent. */
  font?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points. */
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Vertical alignment; writers default to "middle". */
  valign?: "top" | "middle";
}

/** The font of union documents (decree 30/2020/NĐ-CP, appendix I: Vietnamese Unicode, Times New Roman). */
export const DOCUMENT_FONT = "Times New Roman";
