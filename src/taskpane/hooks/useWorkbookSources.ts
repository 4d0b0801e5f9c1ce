import { useCallback, useEffect, useState } from "react";
import { defaultFramework, type Text } from "../../domain";
import { capabilitiesOf } from "../../shared/capabilities";
import { errorText } from "../../shared/failure";
import { usePane } from "../paneContext";
import { readWorkbookSources, type WorkbookSources } from "../workbookSources";

/** The workbook's report and registry sheets, read again whenever the section comes into view. */
export function useWorkbookSources(active: boolean) {
  const { host } = usePane();
  const [sources, setSources] = useState<WorkbookSources | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const refresh = useCallback(async () => {
    if (!host.run) return;
    try {
      setSources(
        await readWorkbookSources(
          host.run,
          defaultFramework,
          capabilitiesOf(host.isSetSupported).mergedAreas,
        ),
      );
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host.run, host.isSetSupported]);
  useEffect(() => {
    if (active) void refresh();
  }, [active, refresh]);
  return { sources, error, refresh };
}
