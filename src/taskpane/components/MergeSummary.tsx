import { Body1, Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { periodText, defaultFramework as fw, type Consolidation, type Text } from "../../domain";
import type { Merged } from "../../shared/paneRequest";
import { selectCell } from "../../excel/selectCell";
import { useAction } from "../hooks/useAction";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { FollowUpList } from "./FollowUpList";
import { MergeProblems } from "./MergeProblems";
import { Notice } from "./Notice";
import { ProvinceTable } from "./ProvinceTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * The province's attainment after a merge, what was left out, the figures to follow up, and a link to
 * the consolidated sheet.
 */
export function MergeSummary({
  sheet,
  consolidation: c,
  history,
  followUp,
}: {
  sheet: string;
  consolidation: Consolidation;
  history?: Text;
  followUp?: Merged["followUp"];
}) {
  const styles = useStyles();
  const { host, lang } = usePane();
  const action = useAction();
  const period = c.period ? periodText(fw, c.period)[lang] : "—";
  const expected = c.completeness.expected;
  return (
    <section
      className={styles.root}
      aria-label={fill(strings.summary[lang], { period })}
      data-testid="merge-summary"
    >
      <Subtitle2 block as="h3">
        {fill(strings.summary[lang], { period })}
      </Subtitle2>
      <Body1>
        {fill(strings.received[lang], { n: c.completeness.received })}
        {expected !== null && fill(strings.ofExpected[lang], { n: expected })}
      </Body1>
      <Button
        appearance="primary"
        disabled={!host.run || action.busy}
        onClick={() => action.start(() => selectCell(host.run!, sheet, "A1"))}
      >
        {fill(strings.openSheet[lang], { sheet })}
      </Button>
      <Body1>{strings.printHint[lang]}</Body1>
      <Notice intent="info" text={history ?? null} />
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
      <ProvinceTable targets={c.province.targets} />
      <MergeProblems consolidation={c} />
      {followUp && <FollowUpList sheet={sheet} followUp={followUp} />}
    </section>
  );
}
