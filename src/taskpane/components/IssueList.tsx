import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import type { SheetCheck } from "../../excel/validateSheet";
import { selectCell } from "../../excel/selectCell";
import { useAction } from "../hooks/useAction";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  issue: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  icon: { color: tokens.colorPaletteRedForeground1 },
});

/** One sheet's errors; each is a button that selects its cell in the sheet. */
export function IssueList({ check }: { check: SheetCheck }) {
  const styles = useStyles();
  const { host, lang } = usePane();
  const action = useAction();
  const n = check.issues.length;
  return (
    <div>
      <Subtitle2 block as="h3">
        {n
          ? fill(strings.issueCount[lang], { sheet: check.sheet, n })
          : fill(strings.allGood[lang], { sheet: check.sheet })}
      </Subtitle2>
      <ul className={styles.list}>
        {check.issues.map((issue, i) => (
          <li key={`${issue.cell ?? ""}-${issue.code}-${i}`}>
            <Button
              className={styles.issue}
              appearance="subtle"
              icon={<ErrorCircleRegular className={styles.icon} />}
              disabled={!issue.cell}
              title={issue.cell ? fill(strings.goTo[lang], { cell: issue.cell }) : undefined}
              onClick={() => action.start(() => selectCell(host.run!, check.sheet, issue.cell!))}
            >
              {issue.cell ? `${issue.cell}: ` : ""}
              {issue.message[lang]}
            </Button>
          </li>
        ))}
      </ul>
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
    </div>
  );
}
