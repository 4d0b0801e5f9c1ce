import { useCallback, useEffect, useState } from "react";
import { consolidateHistory, defaultFramework as fw, trends, type Text, type Trends } from "../../domain";
import { readWorkbookHistory } from "../../excel/historySheet";
import { errorText } from "../../shared/failure";
import { usePane } from "../paneContext";

export interface TermTrends {
  /** The history sheet's name; null when the workbook has none yet. */
  sheet: string | null;
  trends: Trends;
  /** Cells of the history that do not read: their rows are left out of the trends. */
  unreadable: number;
}

/** The term's trends from the workbook's history sheet, read when the section opens and on request. */
export function useTrends() {
  const { host } = usePane();
  const [term, setTerm] = useState<TermTrends | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const refresh = useCallback(async () => {
    if (!host.run) return;
    try {
      const found = await readWorkbookHistory(host.run, fw);
      setTerm({
        sheet: found.sheet,
        trends: trends(consolidateHistory(fw, found.history)),
        unreadable: found.problems.length,
      });
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host.run]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { term, error, refresh };
}
