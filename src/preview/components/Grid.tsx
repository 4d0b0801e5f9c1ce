import { useEffect, useRef, useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress } from "../../domain";
import type { SheetState } from "../../fake-excel/workbook-state";
import { gridModel } from "../gridModel";
import type { PreviewWorkbook } from "../previewWorkbook";
import { useFrozenTops } from "../useFrozenTops";
import { useGridKeys, type Refusal } from "../useGridKeys";
import { GridRow, ROW_HEADER_WIDTH } from "./GridRow";
import { RefusalDialog } from "./RefusalDialog";

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    outline: "none",
    position: "relative",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
    zIndex: 3,
    height: "20px",
  },
  corner: { left: 0, zIndex: 4 },
});

interface Props {
  workbook: PreviewWorkbook;
  sheet: SheetState;
  at: { row: number; col: number };
}

/**
 * The active sheet as Excel draws it: column widths, frozen panes, hidden rows and columns left out,
 * wrapped text; click, type and paste with Excel's keys; the selected cell is always scrolled into view.
 */
export function Grid({ workbook, sheet, at }: Props) {
  const styles = useStyles();
  const model = gridModel(workbook.fake.state, sheet);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const keys = useGridKeys(workbook, sheet, model, at, setRefusal);
  const focus = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const tops = useFrozenTops(table, model.frozenRows);
  const lefts = model.cols.reduce<number[]>((acc, c, i) => [...acc, acc[i] + c.width], [ROW_HEADER_WIDTH]);
  const frozen = {
    rows: model.rows.slice(0, model.frozenRows),
    tops,
    lefts: lefts.slice(0, model.frozenCols),
    under: { top: tops[model.frozenRows] ?? 20, left: lefts[model.frozenCols] },
  };
  const address = cellAddress(at.row, at.col);
  useEffect(() => {
    document.getElementById(`cell-${address}`)?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [address, sheet.id]);
  return (
    <div
      ref={focus}
      className={styles.scroller}
      tabIndex={0}
      role="grid"
      aria-label={`Trang tính / Sheet: ${sheet.name}`}
      aria-activedescendant={`cell-${address}`}
      onKeyDown={keys.onKeyDown}
      onPaste={keys.onPaste}
      data-testid="grid"
    >
      <table
        ref={table}
        className={styles.table}
        role="presentation"
        style={{ width: lefts[lefts.length - 1] }}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {model.cols.map((c) => (
            <col key={c.index} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th className={`${styles.head} ${styles.corner}`} role="columnheader" aria-label="" />
            {model.cols.map((c, i) => (
              <th
                key={c.index}
                className={styles.head}
                role="columnheader"
                style={i < model.frozenCols ? { left: lefts[i], zIndex: 4 } : undefined}
              >
                {c.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r, i) => (
            <GridRow
              key={r}
              row={r}
              top={i < model.frozenRows ? (frozen.tops[i] ?? 0) : undefined}
              frozen={frozen}
              model={model}
              at={at}
              keys={keys}
              onDone={() => focus.current?.focus()}
            />
          ))}
        </tbody>
      </table>
      <RefusalDialog
        refusal={refusal}
        onRetry={() => {
          if (refusal) keys.setEditing({ address: refusal.address, text: refusal.text });
          setRefusal(null);
        }}
        onCancel={() => {
          setRefusal(null);
          focus.current?.focus();
        }}
      />
    </div>
  );
}
