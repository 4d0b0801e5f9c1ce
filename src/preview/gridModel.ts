import { cellAddress, columnLetters } from "../domain";
import { displayText } from "../fake-excel/cells";
import { readCell, type SheetState, type WorkbookState } from "../fake-excel/workbook-state";

export interface GridCell {
  address: string;
  row: number;
  col: number;
  text: string;
  /** What the cell holds as typed: its formula, or its value. */
  content: string;
  fill?: string;
  fontColor: string;
  bold: boolean;
  /** A conditional format's fill and font (the template's mark of an invalid input). */
  mark?: { fill?: string; fontColor?: string };
  numeric: boolean;
}

export interface GridModel {
  rows: number[];
  cols: { index: number; letter: string; width: number }[];
  cell: (row: number, col: number) => GridCell;
}

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
      width: Math.min(420, sheet.columnWidths.get(c) ?? 64),
    }));
  return {
    rows,
    cols,
    cell(row, col) {
      const c = readCell(sheet, row, col);
      return {
        address: cellAddress(row, col),
        row,
        col,
        text: displayText(c),
        content: c.formula ?? String(c.value),
        fill: c.fill,
        fontColor: c.fontColor,
        bold: c.bold,
        mark: marked(sheet, row, col),
        numeric: typeof c.value === "number",
      };
    },
  };
}
