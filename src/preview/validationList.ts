import { parseAddress } from "../fake-excel/addresses";
import { cellText } from "./cellText";
import { readCell, type SheetState, type WorkbookState } from "../fake-excel/workbook-state";
import type { ValidationSpec } from "../fake-excel/validation";

/**
 * The choices of a list validation, for the cell's dropdown: an inline list ("Có,Không") or the cells
 * of a reference ("=$K$2:$K$5", "='Danh mục'!A1:A9"), shown as the cells show them.
 */
export function listChoices(state: WorkbookState, sheet: SheetState, spec: ValidationSpec): string[] {
  const source = spec.rule.list?.source;
  if (typeof source !== "string") return [];
  if (!source.startsWith("=")) return source.split(",").map((item) => item.trim());
  try {
    const { sheetName, bounds } = parseAddress(source.slice(1));
    const from = sheetName ? state.findSheet(sheetName) : sheet;
    if (!from) return [];
    const items: string[] = [];
    for (let r = bounds.row; r < bounds.row + Math.min(bounds.rowCount, 1000); r++)
      for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++) {
        const text = cellText(readCell(from, r, c));
        if (text !== "") items.push(text);
      }
    return items;
  } catch {
    return [];
  }
}
