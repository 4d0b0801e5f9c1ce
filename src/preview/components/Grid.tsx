import { useRef } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../../domain";
import type { SheetState } from "../../fake-excel/workbook-state";
import { gridModel } from "../gridModel";
import type { PreviewWorkbook } from "../previewWorkbook";
import { useGridKeys } from "../useGridKeys";
import { GridRow } from "./GridRow";

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    outline: "none",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
});

interface Props {
  workbook: PreviewWorkbook;
  sheet: SheetState;
  at: { row: number; col: number };
  onAlert: (text: string | null) => void;
}

/** The active sheet as a grid you can click, type and paste into (Excel's keys), hidden rows and columns left out. */
export function Grid({ workbook, sheet, at, onAlert }: Props) {
  const styles = useStyles();
  const model = gridModel(workbook.fake.state, sheet);
  const keys = useGridKeys(workbook, sheet, model, at, onAlert);
  const focus = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={focus}
      className={styles.scroller}
      tabIndex={0}
      role="grid"
      aria-label={`Trang tính / Sheet: ${sheet.name}`}
      aria-activedescendant={`cell-${cellAddress(at.row, at.col)}`}
      onKeyDown={keys.onKeyDown}
      onPaste={keys.onPaste}
      data-testid="grid"
    >
      <table className={styles.table} role="presentation">
        <colgroup>
          <col style={{ width: 40 }} />
          {model.cols.map((c) => (
            <col key={c.index} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th className={styles.head} role="columnheader" aria-label="" />
            {model.cols.map((c) => (
              <th key={c.index} className={styles.head} role="columnheader">
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <GridRow
              key={r}
              row={r}
              model={model}
              at={at}
              keys={keys}
              onDone={() => focus.current?.focus()}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
