import { cellAddress, columnLetters } from "../domain";
import { isErrorValue } from "../fake-excel/cells";
import {
  DEFAULT_COLUMN_WIDTH,
  readCell,
  type SheetState,
  type WorkbookState,
} from "../fake-excel/workbook-state";
import { cellText, editText } from "./cellText";
import { errorReason } from "./errorReason";
import { listChoices } from "./validationList";

export interface GridCell {
  address: string;
  row: number;
  col: number;
  /** As Excel vi-VN shows the value under the cell's number format. */
  text: string;
  /** What the formula bar shows and F2 edits: the formula, or the value as one would type it. */
  content: string;
  numberFormat: string;
  fill?: string;
  fontColor: string;
  bold: boolean;
  wrap: boolean;
  /** Excel's default alignment: numbers right, booleans and errors centred, text left. */
  align: "left" | "right" | "center";
  /** A conditional format's fill and font (the template's mark of an invalid input). */
  mark?: { fill?: string; fontColor?: string };
  /** For an error value: its reason, as Excel shows it on hover. */
  reason?: string;
  /** A list validation's choices: the cell gets a dropdown. */
  choices?: string[];
  /** The validation's input message, shown while the cell is selected. */
  prompt?: { title: string; message: string };
}

export interface GridModel {
  rows: number[];
  cols: { index: number; letter: string; width: number }[];
  /** How many of the first visible rows and columns are frozen. */
  frozenRows: number;
  frozenCols: number;
  cell: (row: number, col: number) => GridCell;
}

/** Excel's column widths are points; the page draws at 96 dpi. */
export const pixels = (points: number) => Math.round((points * 4) / 3);

/**
 * Whether a conditional format applies to a cell. The fake keeps the format's formula; the preview
 * understands the one shape the template writes, `=$I12<>""` (relative row, fixed column).
 */
function marked(sheet: SheetState, row: number, col: number): GridCell["mark"] {
  for (const cf of sheet.conditionalFormats) {
    const b = cf.bounds;
    if (row < b.row || row >= b.row + b.rowCount || col < b.column || col >= b.column + b.columnCount)
      continue;
    const m = /^=\$([A-Z]+)(\d+)<>""$/.exec(cf.formula ?? "");
    if (!m) continue;
    const refCol = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const refRow = Number(m[2]) - 1 + (row - b.row);
    if (readCell(sheet, refRow, refCol).value !== "") return { fill: cf.fill, fontColor: cf.fontColor };
  }
  return undefined;
}

/** The visible part of a sheet: used cells and a margin, without hidden rows and columns. */
export function gridModel(state: WorkbookState, sheet: SheetState): GridModel {
  const used = state.usedBounds(sheet);
  const lastRow = Math.max(30, used ? used.row + used.rowCount + 5 : 0);
  const lastCol = Math.max(8, used ? used.column + used.columnCount + 1 : 0);
  const rows = Array.from({ length: lastRow }, (_, r) => r).filter((r) => !sheet.hiddenRows.has(r));
  const cols = Array.from({ length: lastCol }, (_, c) => c)
    .filter((c) => !sheet.hiddenColumns.has(c))
    .map((c) => ({
      index: c,
      letter: columnLetters(c),
      width: pixels(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
    }));
  return {
    rows,
    cols,
    frozenRows: rows.filter((r) => r < sheet.frozenRows).length,
    frozenCols: cols.filter((c) => c.index < sheet.frozenColumns).length,
    cell(row, col) {
      const c = readCell(sheet, row, col);
      const error = isErrorValue(c.value);
      const v = c.validation;
      return {
        address: cellAddress(row, col),
        row,
        col,
        text: cellText(c),
        content: editText(c),
        numberFormat: c.numberFormat,
        fill: c.fill,
        fontColor: c.fontColor,
        bold: c.bold,
        wrap: c.wrapText,
        align:
          error || typeof c.value === "boolean" ? "center" : typeof c.value === "number" ? "right" : "left",
        mark: marked(sheet, row, col),
        reason: error ? errorReason(String(c.value), c.errorReason) : undefined,
        choices: v?.rule.list ? listChoices(state, sheet, v) : undefined,
        prompt:
          v?.prompt.showPrompt && v.prompt.message
            ? { title: v.prompt.title, message: v.prompt.message }
            : undefined,
      };
    },
  };
}
