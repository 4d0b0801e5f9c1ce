import { SUMMARY_LOOKS } from "../consolidatedSheet";
import {
  addToHistory,
  historyOf,
  type Consolidation,
  type DomainError,
  type Framework,
  type History,
  type Text,
} from "../domain";
import type { SheetGrid } from "../sources";
import { HISTORY_SHEET, historyLayout, readHistory, type TermLayout } from "../termSheets";
import { loadAllSheets } from "./loadSheets";
import type { NewSheets } from "./newSheets";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import type { Capabilities, ExcelRun } from "./run";
import { uniqueSheetName } from "../shared/sheetName";
import { writeGridInBatches } from "./writeInBatches";
import { writeFrame, type GridCell } from "./writeGrid";

/** The workbook's history: the sheet that holds it (found by its key row, whatever its name), and its rows. */
export interface WorkbookHistory {
  sheet: string | null;
  history: History;
  /** Cells of the history table that do not read: the history is then not rewritten. */
  problems: DomainError[];
}

const KEY_ROWS = 10;
const holdsHistory = (s: SheetGrid) =>
  (s.origin?.row ?? 0) === 0 &&
  s.rows.slice(0, KEY_ROWS).some((r) => r.includes("period") && r.includes("unit_code"));

/** The history among sheets already loaded (no sync). */
export function historyOfSheets(fw: Framework, sheets: readonly SheetGrid[]): WorkbookHistory {
  const sheet = sheets.find(holdsHistory);
  if (!sheet) return { sheet: null, history: [], problems: [] };
  const read = readHistory(fw, sheet.rows, sheet.name);
  return { sheet: sheet.name, history: historyOf(read.rows), problems: read.problems };
}

/** The workbook's history, for the pane's trends: the sheets read as the merge reads them. */
export async function readWorkbookHistory(
  run: ExcelRun,
  fw: Framework,
  budget = PAYLOAD_BUDGET_BYTES,
): Promise<WorkbookHistory> {
  return run(async (context) => historyOfSheets(fw, await loadAllSheets(context, budget)));
}

export interface HistoryUpdate {
  /** The history sheet's name once the batch is synced; null when it was left as it was. */
  sheet: string | null;
  /** What happened to the history, in both languages (added, replaced, or why it was left as it was). */
  notice: Text;
}

/**
 * Writes the history with this consolidation added (a period merged again replaces that period's rows)
 * on a new sheet of `added`, in bands within `budget` (a sync after each band but the last); the caller
 * completes `added`, which puts it in place of the previous history sheet. A history with unreadable
 * cells is left as it is, and the notice says which.
 */
export async function writeHistoryUpdate(
  fw: Framework,
  caps: Capabilities,
  found: WorkbookHistory,
  c: Consolidation,
  sheetNames: readonly string[],
  budget: number,
  added: NewSheets,
): Promise<HistoryUpdate> {
  if (found.problems.length) {
    const first = found.problems[0];
    return {
      sheet: found.sheet,
      notice: {
        vi: `Trang “${found.sheet}” có ${found.problems.length} ô không đọc được (${first.cell}: ${first.message.vi}): lịch sử không được cập nhật`,
        en: `The “${found.sheet}” sheet has ${found.problems.length} unreadable cell(s) (${first.cell}: ${first.message.en}): the history was not updated`,
      },
    };
  }
  const change = addToHistory(fw, found.history, c);
  if (!change.added && !change.replaced) return { sheet: found.sheet, notice: change.notice };
  const layout = historyLayout(fw, change.history);
  const name = found.sheet ?? uniqueSheetName(HISTORY_SHEET, sheetNames);
  const sheet = added.add(name, found.sheet !== null, sheetNames);
  await writeTermLayout(sheet, layout, caps, budget, () => added.sync());
  return { sheet: name, notice: change.notice };
}

/**
 * Writes a term sheet (the history, the trends) on a new sheet: its cells in bands within `budget`, each
 * band synced by `sync`, then its frame queued (landscape, column widths, frozen rows).
 */
export async function writeTermLayout(
  sheet: Excel.Worksheet,
  layout: TermLayout,
  caps: Capabilities,
  budget: number,
  sync: () => Promise<void>,
): Promise<void> {
  const rows: GridCell[][] = layout.rows.map((r) =>
    r.map((cell) => ({ ...cell, look: cell.style ? SUMMARY_LOOKS[cell.style] : undefined })),
  );
  await writeGridInBatches(sheet, rows, budget, sync);
  writeFrame(
    sheet,
    { columnWidths: layout.columnWidths, freezeRows: layout.freezeRows, orientation: "Landscape" },
    caps,
  );
}
