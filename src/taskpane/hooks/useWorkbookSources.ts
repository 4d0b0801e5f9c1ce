import { useCallback } from "react";
import { defaultFramework } from "../../domain";
import type { ExcelRun } from "../../excel/run";
import { capabilitiesOf } from "../../shared/capabilities";
import { usePane } from "../paneContext";
import { readWorkbookSources } from "../workbookSources";
import { useWorkbookRead } from "./useWorkbookRead";

/** The workbook's report and registry sheets, read again whenever the section comes into view. */
export function useWorkbookSources(active: boolean) {
  const { host } = usePane();
  const mergedAreas = capabilitiesOf(host.isSetSupported).mergedAreas;
  const read = useCallback(
    (run: ExcelRun) => readWorkbookSources(run, defaultFramework, mergedAreas),
    [mergedAreas],
  );
  const { value: sources, error, refresh } = useWorkbookRead(read, active);
  return { sources, error, refresh };
}
