import { parseAddress } from "../fake-excel/addresses";
import type { CellValue } from "../fake-excel";
import { readCell, type SheetState } from "../fake-excel/workbook-state";

/** One accepted typing or paste: what the cells held before and after (formulas as formulas). */
interface Entry {
  sheetId: string;
  address: string;
  before: CellValue[][];
  after: CellValue[][];
}

/** Cell contents of a block, as they would be entered again: a formula's text, else the value. */
export function contentsOf(sheet: SheetState, address: string): CellValue[][] {
  const { bounds } = parseAddress(address);
  return Array.from({ length: bounds.rowCount }, (_, r) =>
    Array.from({ length: bounds.columnCount }, (_, c) => {
      const cell = readCell(sheet, bounds.row + r, bounds.column + c);
      return cell.formula ?? cell.value;
    }),
  );
}

/**
 * Excel's undo and redo of the user's own entries (Ctrl+Z, Ctrl+Y). A new entry clears what could be
 * redone. The add-in's writes are not entries: undo never reverts what the pane wrote.
 */
export class EditHistory {
  private readonly done: Entry[] = [];
  private readonly undone: Entry[] = [];

  record(entry: Entry): void {
    this.done.push(entry);
    this.undone.length = 0;
  }

  /** The entry to put back (its `before`), moved to the redo list; undefined when there is none. */
  undo(): { sheetId: string; address: string; values: CellValue[][] } | undefined {
    const entry = this.done.pop();
    if (!entry) return undefined;
    this.undone.push(entry);
    return { sheetId: entry.sheetId, address: entry.address, values: entry.before };
  }

  redo(): { sheetId: string; address: string; values: CellValue[][] } | undefined {
    const entry = this.undone.pop();
    if (!entry) return undefined;
    this.done.push(entry);
    return { sheetId: entry.sheetId, address: entry.address, values: entry.after };
  }

  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
