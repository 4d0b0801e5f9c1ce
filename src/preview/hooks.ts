import { useEffect, useState } from "react";
import type { PreviewWorkbook } from "./previewWorkbook";

/** Redraws whenever the workbook changed (the pane's batches, the user's edits). */
export function useWorkbookVersion(workbook: PreviewWorkbook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  return version;
}
