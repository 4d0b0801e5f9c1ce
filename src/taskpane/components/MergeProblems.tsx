import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Consolidation } from "../../domain";
import { usePane } from "../paneContext";
import { strings } from "../strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

/**
 * Units that did not report, duplicate reports (which one was kept), data to look at again, and sources
 * left out, with why.
 */
export function MergeProblems({ consolidation: c }: { consolidation: Consolidation }) {
  const styles = useStyles();
  const { lang } = usePane();
  const groups = [
    {
      id: "missing",
      title: strings.missingUnits[lang],
      items: c.missing.map((u) => `${u.code} — ${u.name}`),
    },
    {
      id: "duplicates",
      title: strings.duplicates[lang],
      items: c.duplicates.map((d) => `${d.unitCode}: ${d.reason[lang]}`),
    },
    {
      id: "warnings",
      title: strings.warnings[lang],
      items: c.warnings.map((w) => w.message[lang]),
    },
    {
      id: "excluded",
      title: strings.excluded[lang],
      items: c.excluded.map((e) => `${e.source}: ${e.message[lang]}`),
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
            {g.items.map((item) => (
              <li key={item}>
                <Caption1>{item}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
