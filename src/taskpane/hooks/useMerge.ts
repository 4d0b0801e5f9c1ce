import { useCallback, useState } from "react";
import { defaultFramework as fw, type Report, type Text } from "../../domain";
import { capabilitiesOf } from "../../shared/capabilities";
import type { Merged } from "../../shared/paneRequest";
import type { PeriodChoice } from "../components/PeriodPicker";
import { errorText } from "../../shared/failure";
import { usePane } from "../paneContext";

interface Progress {
  done: number;
  total: number;
  source: string;
}

/** One merge at a time, with its progress; a failure is kept as words for the user. */
export function useMerge(afterwards: () => Promise<void>) {
  const { host } = usePane();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const [outcome, setOutcome] = useState<Merged | undefined>();
  const start = useCallback(
    async (choice: PeriodChoice, fileReports: Report[]) => {
      setBusy(true);
      setError(null);
      setProgress({ done: 0, total: 1, source: "…" });
      try {
        const year = Number(choice.year);
        const period =
          choice.kind === "auto" || !Number.isInteger(year) ? undefined : { kind: choice.kind, year };
        // The consolidated sheet's writer is loaded when first used, keeping the pane's first download small.
        const { mergeWorkbook } = await import(/* webpackChunkName: "merge" */ "../../excel/mergeWorkbook");
        const result = await mergeWorkbook(host.run!, fw, capabilitiesOf(host.isSetSupported), {
          period,
          fileReports,
          keepHistory: true,
          onProgress: (done, total, source) => setProgress({ done, total, source }),
        });
        setOutcome({
          sheet: result.sheet,
          consolidation: result.consolidation,
          history: result.history?.notice,
          followUp: result.followUp,
        });
        await afterwards();
      } catch (e) {
        setError(errorText(e));
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [host, afterwards],
  );
  return { busy, progress, error, outcome, start, clear: () => setError(null) };
}
