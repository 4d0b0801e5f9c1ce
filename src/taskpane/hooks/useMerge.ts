import { useCallback, useState } from "react";
import { defaultFramework as fw, type Report, type Text } from "../../domain";
import { capabilitiesOf } from "../../shared/capabilities";
import type { Merged } from "../../shared/paneRequest";
import type { PreviousConsolidation, ReplaceAnswer } from "../../excel/mergeWorkbook";
import type { PeriodChoice } from "../components/PeriodPicker";
import { errorText, type Failure } from "../../shared/failure";
import { usePane } from "../paneContext";

interface Progress {
  done: number;
  total: number;
  source: string;
}

/** An earlier consolidation the merge would replace, waiting for the user's answer. */
export interface ReplaceQuestion {
  previous: PreviousConsolidation;
  answer: (answer: ReplaceAnswer) => void;
}

/**
 * One merge at a time, with its progress; before an earlier consolidation is replaced the user is asked
 * (`question`); a failure is kept as words for the user, a cancel as a notice.
 */
export function useMerge(afterwards: () => Promise<void>) {
  const { host, lang } = usePane();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const [outcome, setOutcome] = useState<Merged | undefined>();
  const [question, setQuestion] = useState<ReplaceQuestion | null>(null);
  const [cancelled, setCancelled] = useState<Text | null>(null);
  const start = useCallback(
    async (choice: PeriodChoice, fileReports: Report[]) => {
      setBusy(true);
      setError(null);
      setCancelled(null);
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
          language: lang,
          onProgress: (done, total, source) => setProgress({ done, total, source }),
          confirmReplace: (previous) =>
            new Promise<ReplaceAnswer>((resolve) =>
              setQuestion({
                previous,
                answer: (answer) => {
                  setQuestion(null);
                  resolve(answer);
                },
              }),
            ),
        });
        setOutcome({
          sheet: result.sheet,
          consolidation: result.consolidation,
          history: result.history?.notice,
          followUp: result.followUp,
        });
        await afterwards();
      } catch (e) {
        if ((e as Error).name === "MergeCancelled") setCancelled((e as Failure).text);
        else setError(errorText(e));
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [host, lang, afterwards],
  );
  const clear = () => {
    setError(null);
    setCancelled(null);
  };
  return { busy, progress, error, outcome, question, cancelled, start, clear };
}
