import { useId } from "react";
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Merged } from "../../shared/paneRequest";
import { selectCell } from "../../excel/selectCell";
import { useAction } from "../hooks/useAction";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  unit: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Figures to check with the units against their previous report: each flag in words (unit, figure,
 * both values, why), never a reason to leave a report out, and a button to their section in the sheet.
 */
export function FollowUpList({
  sheet,
  followUp,
}: {
  sheet: string;
  followUp: NonNullable<Merged["followUp"]>;
}) {
  const styles = useStyles();
  const { host, lang } = usePane();
  const action = useAction();
  const { flags } = followUp;
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="merge-follow-up">
      <Subtitle2 block as="h4" id={titleId}>
        {strings.followUp[lang]} ({flags.length})
      </Subtitle2>
      {flags.length ? (
        <ul className={styles.list}>
          {flags.map((f, i) => (
            <li key={`${f.unitCode}-${f.field}-${i}`}>
              <Caption1>
                <span className={styles.unit}>
                  {f.unitCode} — {f.unitName}
                </span>
                {": "}
                {f.message[lang]}
              </Caption1>
            </li>
          ))}
        </ul>
      ) : (
        <Body1>{strings.nothingToFollowUp[lang]}</Body1>
      )}
      <Caption1 block>{strings.followUpNote[lang]}</Caption1>
      {flags.length > 0 && (
        <Button
          appearance="secondary"
          disabled={!host.run || action.busy}
          onClick={() => action.start(() => selectCell(host.run!, sheet, followUp.cell))}
        >
          {fill(strings.followUpInSheet[lang], { sheet })}
        </Button>
      )}
      <Notice intent="error" text={action.error} onDismiss={action.clear} />
    </section>
  );
}
