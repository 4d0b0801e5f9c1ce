import { bindHost, type FakeExcel, type OfficeClient } from "../fake-excel/bind";
import { pageOfficeClient } from "../fake-excel/page-client";
import { parseAddress } from "../fake-excel/addresses";
import type { ExcelRun } from "../excel/run";
import { updateCell } from "../fake-excel/workbook-state";
import { FUNCTIONS } from "../functions/register";
import { contentsOf, EditHistory } from "./editHistory";

/**
 * The simulated workbook: Microsoft's Office.js client (loaded by the page) bound to the in-memory Excel
 * host, with the add-in's custom functions registered.
 */
export interface PreviewWorkbook {
  fake: FakeExcel;
  /** The fake's run, telling the grid to redraw after every batch the pane sends. */
  run: ExcelRun;
  /**
   * The user's typing or pasting into the grid, checked like Excel would; accepted entries can be undone.
   * `formats` are what Excel gives a General cell for a typed date or percent.
   */
  edit: (
    sheet: string,
    address: string,
    values: unknown[][],
    formats?: (string | undefined)[][],
  ) => ReturnType<FakeExcel["userEdit"]>;
  /** Ctrl+Z and Ctrl+Y: puts back the user's last entry, or the last one undone; false when none. */
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
  history: EditHistory;
  subscribe: (listener: () => void) => () => void;
  changed: () => void;
}

/** `client`: Microsoft's Office.js as the page loaded it (the jsdom pane tests pass one loaded in Node). */
export function createPreviewWorkbook(client: OfficeClient = pageOfficeClient()): PreviewWorkbook {
  // Excel on the web passes a blank referenced cell to custom functions as null.
  const fake = bindHost(client, { sheets: [{ name: "Sheet1" }], blankArgument: null });
  for (const [id, fn] of Object.entries(FUNCTIONS)) fake.registerFunction(`CHITIEU.${id}`, fn);
  const listeners = new Set<() => void>();
  const history = new EditHistory();
  const changed = () => listeners.forEach((l) => l());
  const run: ExcelRun = async (batch) => {
    try {
      return await fake.run(batch);
    } finally {
      changed();
    }
  };
  /** An entry as the user makes it: typed (one cell, validated) or pasted; the grid redraws twice. */
  const enter = async (sheet: string, address: string, values: unknown[][], mode?: "paste") => {
    const result = await fake.userEdit(sheet, address, values, mode);
    changed();
    await fake.settle();
    changed();
    return result;
  };
  const putBack = async (step: ReturnType<EditHistory["undo"]>) => {
    const sheet = step && fake.state.sheetById(step.sheetId);
    if (!step || !sheet) return false;
    fake.state.activeSheetId = sheet.id;
    fake.state.selection = { sheetId: sheet.id, bounds: parseAddress(step.address).bounds };
    await enter(sheet.name, step.address, step.values, "paste");
    return true;
  };
  return {
    fake,
    run,
    async edit(sheet, address, values, formats) {
      const target = fake.state.findSheet(sheet);
      const before = target ? contentsOf(target, address) : undefined;
      const result = await enter(sheet, address, values);
      if (result.accepted && target && formats) {
        const { row, column } = parseAddress(address).bounds;
        formats.forEach((line, r) =>
          line.forEach((format, c) =>
            updateCell(target, row + r, column + c, (cell) => {
              if (format && cell.numberFormat === "General") cell.numberFormat = format;
            }),
          ),
        );
        changed();
      }
      if (result.accepted && target && before)
        history.record({ sheetId: target.id, address, before, after: contentsOf(target, address) });
      return result;
    },
    undo: () => putBack(history.undo()),
    redo: () => putBack(history.redo()),
    history,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed,
  };
}
