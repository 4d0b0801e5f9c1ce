import { useCallback, useEffect, useState } from "react";
import type { Text } from "../../domain";
import type { ExcelRun } from "../../excel/run";
import { errorText } from "../../shared/failure";
import { usePane } from "../paneContext";

/**
 * What `read` finds in the workbook, read whenever `active` turns true and on `refresh`; a failure kept
 * as words to show. `read` should keep its identity between renders (useCallback).
 */
export function useWorkbookRead<T>(read: (run: ExcelRun) => Promise<T>, active: boolean) {
  const { host } = usePane();
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const refresh = useCallback(async () => {
    if (!host.run) return;
    try {
      setValue(await read(host.run));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host.run, read]);
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);
  return { value, error, refresh };
}
