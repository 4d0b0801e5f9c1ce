import { useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { cellAddress } from "../domain";
import type { SheetState } from "../fake-excel/workbook-state";
import type { GridModel } from "./gridModel";
import { pasteBlock } from "./pasteText";
import type { PreviewWorkbook } from "./previewWorkbook";

export interface Editing {
  address: string;
  text: string;
}

/** Excel-like keys on the grid: arrows move, typing or F2 edits, Enter commits, Delete clears, paste fills a block. */
export function useGridKeys(
  workbook: PreviewWorkbook,
  sheet: SheetState,
  model: GridModel,
  at: { row: number; col: number },
  onAlert: (t: string | null) => void,
) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const select = (row: number, col: number) => {
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
  const commit = async (text: string, address = cellAddress(at.row, at.col)) => {
    setEditing(null);
    const result = await workbook.edit(sheet.name, address, [[text]]);
    if (result.accepted) return onAlert(null);
    const refused = await workbook.fake.cell(sheet.name, address);
    onAlert(
      refused.validation?.errorAlert.message || result.reason || "Giá trị không hợp lệ / Invalid value",
    );
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (editing) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const address = cellAddress(at.row, at.col);
    if (moves[e.key]) move(...moves[e.key]);
    else if (e.key === "Enter" || e.key === "F2")
      setEditing({ address, text: model.cell(at.row, at.col).content });
    else if (e.key === "Delete" || e.key === "Backspace") void commit("");
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)
      setEditing({ address, text: e.key });
    else return;
    e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent) => {
    const block = pasteBlock(e.clipboardData.getData("text/plain"));
    if (!block.length || editing) return;
    e.preventDefault();
    const to = cellAddress(at.row + block.length - 1, at.col + block[0].length - 1);
    void workbook.edit(sheet.name, `${cellAddress(at.row, at.col)}:${to}`, block);
  };
  return { editing, setEditing, select, move, commit, onKeyDown, onPaste };
}
