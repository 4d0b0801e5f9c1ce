import { useRef } from "react";
import { Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import type { usePickedFiles } from "../hooks/usePickedFiles";
import { Notice } from "./Notice";
import { SourceList } from "./SourceList";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

/** Report files from the computer, read in the pane and listed with what was found in each. */
export function FilePicker({ picked }: { picked: ReturnType<typeof usePickedFiles> }) {
  const styles = useStyles();
  const { lang } = usePane();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div>
      <SourceList title={strings.pickedFiles[lang]} reports={picked.files.flatMap((f) => f.reports)} />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} disabled={picked.reading}>
          {strings.pickFiles[lang]}
        </Button>
        {picked.files.length > 0 && <Button onClick={picked.clear}>{strings.clearFiles[lang]}</Button>}
      </div>
      <Notice intent="error" text={picked.error} onDismiss={picked.clearError} />
      {picked.progress && (
        <div className={styles.row}>
          <ProgressBar
            aria-label={strings.readingFiles[lang]}
            value={picked.progress.done}
            max={Math.max(picked.progress.total, 1)}
          />
          <div role="status">{fill(strings.readingCount[lang], picked.progress)}</div>
          <Button onClick={picked.cancel}>{strings.stopReading[lang]}</Button>
        </div>
      )}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={strings.pickFiles[lang]}
        data-testid="pick-files"
        onChange={(e) => {
          if (e.target.files?.length) void picked.add(e.target.files);
          e.target.value = "";
        }}
      />
    </div>
  );
}
