import { consolidateHistory, defaultFramework as fw, trends, type Trends } from "../../domain";
import { readWorkbookHistory } from "../../excel/historySheet";
import type { ExcelRun } from "../../excel/run";
import { useWorkbookRead } from "./useWorkbookRead";

export interface TermTrends {
  /** The history sheet's name; null when the workbook has none yet. */
  sheet: string | null;
  trends: Trends;
  /** Cells of the history that do not read: their rows are left out of the trends. */
  unreadable: number;
}

async function readTrends(run: ExcelRun): Promise<TermTrends> {
  const found = await readWorkbookHistory(run, fw);
  return {
    sheet: found.sheet,
    trends: trends(consolidateHistory(fw, found.history)),
    unreadable: found.problems.length,
  };
}

/** The term's trends from the workbook's history sheet, read when the section opens and on request. */
export function useTrends() {
  const { value: term, error, refresh } = useWorkbookRead(readTrends, true);
  return { term, error, refresh };
}
