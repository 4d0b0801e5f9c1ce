import { Fragment } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { actualText, thresholdText, type ProvinceTargetResult } from "../../domain";
import { usePane } from "../paneContext";
import { strings } from "../strings";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  words: { paddingTop: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * Per target: the province's figure against its threshold with the status in its colour band, then the
 * result in words (units that met it, what is not counted yet, why there is no conclusion).
 */
export function ProvinceTable({ targets }: { targets: ProvinceTargetResult[] }) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th className={styles.cell} scope="col">
            {strings.target[lang]}
          </th>
          <th className={styles.cell} scope="col">
            {strings.threshold[lang]}
          </th>
          <th className={styles.cell} scope="col">
            {strings.actual[lang]}
          </th>
          <th className={styles.cell} scope="col">
            {strings.status[lang]}
          </th>
        </tr>
      </thead>
      <tbody>
        {targets.map((t) => (
          <Fragment key={t.code}>
            <tr data-target={t.code}>
              <th className={styles.cell} scope="row" rowSpan={2}>
                {t.code}
              </th>
              <td className={styles.cell}>{thresholdText(t)}</td>
              <td className={styles.cell}>{actualText(t)}</td>
              <td className={styles.cell}>
                <StatusBadge status={t.status} />
              </td>
            </tr>
            <tr data-target-words={t.code}>
              <td className={mergeClasses(styles.cell, styles.words)} colSpan={3}>
                {t.summary[lang]}
                {t.reason && ` — ${t.reason[lang]}`}
              </td>
            </tr>
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
