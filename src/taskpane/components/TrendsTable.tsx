import type { ReactNode } from "react";
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { periodText, defaultFramework as fw, type Period } from "../../domain";
import { usePane } from "../paneContext";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { minWidth: "max-content", fontSize: tokens.fontSizeBase200 },
  code: { fontWeight: tokens.fontWeightSemibold },
});

export interface TrendRow {
  key: string;
  label: string;
  cells: ReactNode[];
}

/**
 * Rows against the term's periods side by side. The table scrolls sideways inside a region that takes the
 * keyboard focus, so every period can be reached without a mouse.
 */
export function TrendsTable({
  label,
  first,
  periods,
  rows,
}: {
  label: string;
  first: string;
  periods: readonly Period[];
  rows: readonly TrendRow[];
}) {
  const styles = useStyles();
  const { lang } = usePane();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <Table className={styles.table} size="small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{first}</TableHeaderCell>
            {periods.map((p) => (
              <TableHeaderCell key={`${p.kind}:${p.year}`}>{periodText(fw, p)[lang]}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} data-row={r.key}>
              <TableCell className={styles.code}>{r.label}</TableCell>
              {r.cells.map((c, i) => (
                <TableCell key={i}>{c}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
