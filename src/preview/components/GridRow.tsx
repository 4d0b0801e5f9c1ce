import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { GridModel } from "../gridModel";
import type { useGridKeys } from "../useGridKeys";
import { CellChoices } from "./CellChoices";

export const ROW_HEADER_WIDTH = 40;

const useStyles = makeStyles({
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
    position: "sticky",
    left: 0,
    zIndex: 2,
  },
  cell: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    height: "20px",
    boxSizing: "border-box",
    position: "relative",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    verticalAlign: "bottom",
  },
  text: { display: "block", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "clip" },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", zIndex: 1 },
  editor: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", padding: 0 },
  prompt: {
    position: "absolute",
    top: "calc(100% + 4px)",
    left: "16px",
    zIndex: 5,
    width: "260px",
    padding: "6px 8px",
    backgroundColor: "#FFFFE1",
    color: "#000000",
    border: "1px solid #767676",
    boxShadow: tokens.shadow8,
    whiteSpace: "pre-line",
    fontWeight: 400,
    textAlign: "left",
    // A note, not a window: clicks reach the cells underneath.
    pointerEvents: "none",
  },
});

interface Frozen {
  lefts: number[];
  under: { top: number; left: number };
}

interface Props {
  row: number;
  /** Where the row sticks when it is frozen. */
  top?: number;
  frozen: Frozen;
  model: GridModel;
  at: { row: number; col: number };
  keys: ReturnType<typeof useGridKeys>;
  onDone: () => void;
}

/** One row of the grid; the selected cell can hold the inline editor, its dropdown and its input message. */
export function GridRow({ row, top, frozen, model, at, keys, onDone }: Props) {
  const styles = useStyles();
  const sticky = (i: number, base: CSSProperties = {}): CSSProperties => {
    const left = i < frozen.lefts.length ? frozen.lefts[i] : undefined;
    if (top === undefined && left === undefined) return base;
    return {
      ...base,
      position: "sticky",
      top,
      left,
      zIndex: top !== undefined && left !== undefined ? 3 : 2,
    };
  };
  const cells = model.cols.map(({ index }) => model.cell(row, index));
  /** Excel lets unwrapped text run over the empty cells to its right. */
  const spill = (i: number) => {
    const c = cells[i];
    if (c.wrap || c.align !== "left" || c.text === "") return undefined;
    let width = model.cols[i].width - 9;
    for (let j = i + 1; j < cells.length && cells[j].text === ""; j++) width += model.cols[j].width;
    return width > model.cols[i].width ? { width, position: "relative" as const, zIndex: 1 } : undefined;
  };
  return (
    <tr role="row">
      <th className={styles.head} role="rowheader" style={top !== undefined ? { top, zIndex: 4 } : undefined}>
        {row + 1}
      </th>
      {cells.map((c, i) => {
        const index = c.col;
        const selected = at.row === row && at.col === index;
        const editing = keys.editing?.address === c.address;
        const spilled = spill(i);
        const look = sticky(i, {
          backgroundColor: c.mark?.fill ?? c.fill,
          color: c.mark?.fontColor ?? (c.fontColor !== "#000000" ? c.fontColor : undefined),
          fontWeight: c.bold ? 600 : undefined,
          textAlign: c.align,
          scrollMarginTop: frozen.under.top,
          scrollMarginLeft: frozen.under.left,
        });
        // A frozen cell is its own layer: one whose text runs over its neighbours is drawn above them.
        if (spilled && typeof look.zIndex === "number") look.zIndex += 1;
        return (
          <td
            key={index}
            id={`cell-${c.address}`}
            role="gridcell"
            aria-selected={selected}
            data-address={c.address}
            data-marked={c.mark ? "true" : undefined}
            title={c.reason ?? (c.text || undefined)}
            style={look}
            className={mergeClasses(styles.cell, selected && styles.selected)}
            onMouseDown={() => keys.select(row, index)}
            onDoubleClick={() => keys.setEditing({ address: c.address, text: c.content })}
          >
            {editing ? (
              <input
                className={styles.editor}
                autoFocus
                aria-label={`Ô / Cell ${c.address}`}
                data-testid="cell-editor"
                value={keys.editing!.text}
                onChange={(e) => keys.setEditing({ address: c.address, text: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === "Escape") keys.setEditing(null);
                  else if (e.key !== "Enter" && e.key !== "Tab") return;
                  e.preventDefault();
                  e.stopPropagation();
                  if (e.key !== "Escape")
                    void keys
                      .commit(keys.editing!.text, c.address)
                      .then(
                        (accepted) => accepted && keys.move(e.key === "Tab" ? 0 : 1, e.key === "Tab" ? 1 : 0),
                      );
                  onDone();
                }}
              />
            ) : (
              <span className={mergeClasses(styles.text, c.wrap && styles.wrap)} style={spilled}>
                {c.text}
              </span>
            )}
            {selected && !editing && c.choices && (
              <CellChoices
                address={c.address}
                choices={c.choices}
                open={keys.listOpen}
                onOpen={keys.setListOpen}
                onPick={(choice) => void keys.commit(choice, c.address).then(onDone)}
              />
            )}
            {selected && !editing && c.prompt && !keys.listOpen && (
              <div className={styles.prompt} role="note" data-testid="input-message">
                {c.prompt.title && <strong>{c.prompt.title}</strong>}
                {c.prompt.title && "\n"}
                {c.prompt.message}
              </div>
            )}
          </td>
        );
      })}
    </tr>
  );
}
