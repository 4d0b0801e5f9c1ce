import { useEffect, useState } from "react";
import { Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { Merged } from "../../shared/paneRequest";
import { useMerge } from "../hooks/useMerge";
import { usePickedFiles } from "../hooks/usePickedFiles";
import { useWorkbookSources } from "../hooks/useWorkbookSources";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { FilePicker } from "./FilePicker";
import { MergeSummary } from "./MergeSummary";
import { Notice } from "./Notice";
import { PeriodPicker, type PeriodChoice } from "./PeriodPicker";
import { RegistryCard } from "./RegistryCard";
import { ReplaceDialog } from "./ReplaceDialog";
import { SourceList } from "./SourceList";
import { Unavailable, useFeature } from "./Unavailable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Tổng hợp: sources, registry, period, one merge button, then the province's summary. */
export function MergeSection({ active, merged }: { active: boolean; merged?: Merged }) {
  const styles = useStyles();
  const { lang } = usePane();
  const available = useFeature("merge");
  const workbook = useWorkbookSources(active);
  const picked = usePickedFiles();
  const [period, setPeriod] = useState<PeriodChoice>({ kind: "auto", year: "2025" });
  const merge = useMerge(workbook.refresh);
  const [outcome, setOutcome] = useState<Merged | undefined>(merged);
  useEffect(() => setOutcome(merged), [merged]);
  useEffect(() => merge.outcome && setOutcome(merge.outcome), [merge.outcome]);
  return (
    <div className={styles.root}>
      {!available && <Unavailable feature="merge" />}
      <SourceList
        title={strings.inWorkbook[lang]}
        reports={workbook.sources?.reports.map((r) => r.report) ?? []}
      />
      <FilePicker picked={picked} />
      <RegistryCard registry={workbook.sources?.registry ?? null} onChanged={workbook.refresh} />
      <PeriodPicker value={period} onChange={setPeriod} />
      <Button
        appearance="primary"
        size="large"
        disabled={!available || merge.busy || picked.reading}
        onClick={() =>
          merge.start(
            period,
            picked.files.flatMap((f) => f.reports),
          )
        }
      >
        {strings.merge[lang]}
      </Button>
      {merge.progress && (
        <ProgressBar
          value={merge.progress.done / Math.max(1, merge.progress.total)}
          aria-label={strings.merge[lang]}
          aria-valuetext={fill(strings.merging[lang], { source: merge.progress.source })}
        />
      )}
      {merge.progress && (
        <div role="status">{fill(strings.merging[lang], { source: merge.progress.source })}</div>
      )}
      <ReplaceDialog question={merge.question} />
      <Notice intent="info" text={merge.cancelled} onDismiss={merge.clear} />
      <Notice intent="error" text={merge.error ?? workbook.error} onDismiss={merge.clear} />
      {outcome && (
        <MergeSummary
          sheet={outcome.sheet}
          consolidation={outcome.consolidation}
          history={outcome.history}
          followUp={outcome.followUp}
        />
      )}
    </div>
  );
}
