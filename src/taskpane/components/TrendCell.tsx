import { makeStyles, tokens } from "@fluentui/react-components";
import { actualText, type TargetResult } from "../../domain";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  cell: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
});

/** A period's result: the figure, then its status in words and colour. */
export function TrendCell({ result }: { result: Pick<TargetResult, "actual" | "unit" | "status"> }) {
  const styles = useStyles();
  return (
    <div className={styles.cell}>
      <span>{actualText(result)}</span>
      <StatusBadge status={result.status} />
    </div>
  );
}
