import { Badge, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { periodText, defaultFramework as fw, type Report } from "../../domain";
import { usePane } from "../paneContext";
import { fill, strings } from "../strings";
import { ErrorLines } from "./ErrorLines";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    overflowWrap: "anywhere",
  },
});

/** Report sources with what was read from each: unit, period, and each error with its cell, as text. */
export function SourceList({ title, reports }: { title: string; reports: Report[] }) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <div>
      <Subtitle2 block as="h3">
        {title}
      </Subtitle2>
      {reports.length === 0 && <Caption1>{strings.noSources[lang]}</Caption1>}
      <ul className={styles.list}>
        {reports.map((r) => (
          <li key={r.source} className={styles.item}>
            <span>{r.source}</span>
            <Caption1>
              {[r.unitCode, r.period && periodText(fw, r.period)[lang]].filter(Boolean).join(" · ")}
            </Caption1>
            {r.errors.length ? (
              <Badge appearance="tint" color="danger">
                {fill(strings.sourceErrors[lang], { n: r.errors.length })}
              </Badge>
            ) : (
              <Badge appearance="tint" color="success">
                {strings.sourceOk[lang]}
              </Badge>
            )}
            <ErrorLines errors={r.errors} />
          </li>
        ))}
      </ul>
    </div>
  );
}
