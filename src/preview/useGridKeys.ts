import { useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { cellAddress } from "../domain";
import { parseAddress } from "../fake-excel/addresses";
import { readCell, type SheetState } from "../fake-excel/workbook-state";
import { typedEntry } from "./cellText";
import type { GridModel } from "./gridModel";
import { pasteBlock } from "./pasteText";
import type { PreviewWorkbook } from "./previewWorkbook";

export interface Editing {
  address: string;
  text: string;
}

/** Excel's error alert for a typed entry its validation refuses: the rule's title and message. */
export interface Refusal {
  title: string;
  message: string;
  address: string;
  text: string;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Excel-like keys on the grid: arrows move, typing or F2 edits, Enter commits, Delete clears, paste
 * fills a block, Ctrl+Z / Ctrl+Y undo and redo, Alt+↓ opens a list cell's dropdown. Typed and pasted
 * text is read the vi-VN way (20/12/2025 is a date, 95,5 a number).
 */
export function useGridKeys(
  workbook: PreviewWorkbook,
  sheet: SheetState,
  model: GridModel,
  at: { row: number; col: number },
  onRefusal: (r: Refusal | null) => void,
) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const select = (row: number, col: number) => {
    setListOpen(false);
    workbook.fake.state.selection = {
      sheetId: sheet.id,
      bounds: { row, column: col, rowCount: 1, columnCount: 1 },
    };
    workbook.changed();
  };
  const move = (dr: number, dc: number) => {
    const r = model.rows.indexOf(at.row) + dr;
    const c = model.cols.findIndex((x) => x.index === at.col) + dc;
    const row = model.rows[Math.max(0, Math.min(model.rows.length - 1, r))];
    const col = model.cols[Math.max(0, Math.min(model.cols.length - 1, c))].index;
    select(row, col);
  };
  /** Enters the text; false when Excel refused it (the alert is up and the cell stays selected). */
  const commit = async (text: string, address = cellAddress(at.row, at.col)): Promise<boolean> => {
    setEditing(null);
    setListOpen(false);
    const { row, column } = parseAddress(address).bounds;
    const cell = readCell(sheet, row, column);
    const entry = typedEntry(text, cell.numberFormat);
    const result = await workbook.edit(sheet.name, address, [[entry.value]], [[entry.format]]);
    onRefusal(null);
    if (result.accepted) return true;
    const alert = cell.validation?.errorAlert;
    onRefusal({
      title: alert?.title || "Microsoft Excel",
      message:
        alert?.message ||
        (result.reason === "InvalidFormula"
          ? "Công thức có lỗi. / There's a problem with this formula."
          : "Giá trị này không khớp với các giới hạn xác thực dữ liệu của ô. / This value doesn't match the data validation restrictions defined for this cell."),
      address,
      text,
    });
    return false;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return;
    const address = cellAddress(at.row, at.col);
    const ctrl = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (ctrl && key === "z" && !e.shiftKey) void workbook.undo();
    else if (ctrl && (key === "y" || (key === "z" && e.shiftKey))) void workbook.redo();
    else if (e.altKey && e.key === "ArrowDown") setListOpen(Boolean(model.cell(at.row, at.col).choices));
    else if (MOVES[e.key]) move(...MOVES[e.key]);
    else if (e.key === "Enter" || e.key === "F2")
      setEditing({ address, text: model.cell(at.row, at.col).content });
    else if (e.key === "Delete" || e.key === "Backspace") void commit("");
    else if (e.key.length === 1 && !ctrl && !e.altKey) setEditing({ address, text: e.key });
    else return;
    e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent) => {
    const block = pasteBlock(e.clipboardData.getData("text/plain"));
    if (!block.length || editing) return;
    e.preventDefault();
    const entries = block.map((cells, r) =>
      cells.map((text, c) => typedEntry(text, readCell(sheet, at.row + r, at.col + c).numberFormat)),
    );
    const to = cellAddress(at.row + block.length - 1, at.col + block[0].length - 1);
    void workbook.edit(
      sheet.name,
      `${cellAddress(at.row, at.col)}:${to}`,
      entries.map((line) => line.map((e) => e.value)),
      entries.map((line) => line.map((e) => e.format)),
    );
  };
  return { editing, setEditing, listOpen, setListOpen, select, move, commit, onKeyDown, onPaste };
}
