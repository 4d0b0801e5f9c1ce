import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useAction } from "../hooks/useAction";
import { useSheetChecks } from "../hooks/useSheetChecks";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { IssueList } from "./IssueList";
import { Notice } from "./Notice";
import { Unavailable, useFeature } from "./Unavailable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Kiểm tra: every report sheet's errors, live as the clerk types; a click selects the cell. */
export function CheckSection() {
  const styles = useStyles();
  const { lang } = usePane();
  const available = useFeature("check");
  const liveAvailable = useFeature("liveCheck");
  const { checks, error, live, checkAll, clearError } = useSheetChecks();
  const action = useAction();
  const sheets = Object.values(checks);
  const total = sheets.reduce((n, c) => n + c.issues.length, 0);
  return (
    <div className={styles.root}>
      {!available && <Unavailable feature="check" />}
      {available && !liveAvailable && <Unavailable feature="liveCheck" />}
      {live && <Body1>{strings.liveOn[lang]}</Body1>}
      <Button
        appearance="primary"
        size="large"
        disabled={!available || action.busy}
        onClick={() => action.start(checkAll)}
      >
        {strings.checkAll[lang]}
      </Button>
      <Notice intent="error" text={action.error ?? error} onDismiss={() => (action.clear(), clearError())} />
      <div role="status" aria-live="polite">
        {sheets.length === 0
          ? strings.noChecks[lang]
          : fill(strings.issuesTotal[lang], { n: total, m: sheets.length })}
      </div>
      {sheets.map((c) => (
        <IssueList key={c.sheet} check={c} />
      ))}
    </div>
  );
}
