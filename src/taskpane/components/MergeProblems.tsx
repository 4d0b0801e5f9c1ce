import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Consolidation } from "../../domain";
import { usePane } from "../paneContext";
import { strings } from "../strings";
import { ErrorLines } from "./ErrorLines";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Units that did not report, duplicate reports (which one was kept), data to look at again, and sources
 * left out, with every error.
 */
export function MergeProblems({ consolidation: c }: { consolidation: Consolidation }) {
  const styles = useStyles();
  const { lang } = usePane();
  const groups = [
    {
      id: "missing",
      title: strings.missingUnits[lang],
      items: c.missing.map((u) => ({ text: `${u.code} — ${u.name}`, errors: [] })),
    },
    {
      id: "duplicates",
      title: strings.duplicates[lang],
      items: c.duplicates.map((d) => ({ text: `${d.unitCode}: ${d.reason[lang]}`, errors: [] })),
    },
    {
      id: "warnings",
      title: strings.warnings[lang],
      items: c.warnings.map((w) => ({ text: w.message[lang], errors: [] })),
    },
    {
      id: "excluded",
      title: strings.excluded[lang],
      items: c.excluded.map((e) => ({ text: `${e.source}: ${e.message[lang]}`, errors: e.errors })),
    },
  ].filter((g) => g.items.length);
  return (
    <>
      {groups.map((g) => (
        <div key={g.id} data-testid={`merge-${g.id}`}>
          <Subtitle2 block as="h4">
            {g.title} ({g.items.length})
          </Subtitle2>
          <ul className={styles.list}>
            {g.items.map((item, i) => (
              <li key={i}>
                <Caption1>{item.text}</Caption1>
                <ErrorLines errors={item.errors} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
