import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GridModel } from "../gridModel";
import type { useGridKeys } from "../useGridKeys";

const useStyles = makeStyles({
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "1px 4px",
    height: "20px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    color: tokens.colorNeutralForeground1,
  },
  numeric: { textAlign: "right" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", padding: 0 },
});

interface Props {
  row: number;
  model: GridModel;
  at: { row: number; col: number };
  keys: ReturnType<typeof useGridKeys>;
  onDone: () => void;
}

/** One row of the grid; the selected cell can hold the inline editor. */
export function GridRow({ row, model, at, keys, onDone }: Props) {
  const styles = useStyles();
  return (
    <tr role="row">
      <th className={styles.head} role="rowheader">
        {row + 1}
      </th>
      {model.cols.map(({ index }) => {
        const c = model.cell(row, index);
        const selected = at.row === row && at.col === index;
        const editing = keys.editing?.address === c.address;
        const look = {
          backgroundColor: c.mark?.fill ?? c.fill,
          color: c.mark?.fontColor ?? (c.fontColor !== "#000000" ? c.fontColor : undefined),
          fontWeight: c.bold ? 600 : undefined,
        };
        return (
          <td
            key={index}
            id={`cell-${c.address}`}
            role="gridcell"
            aria-selected={selected}
            data-address={c.address}
            data-marked={c.mark ? "true" : undefined}
            title={c.text || undefined}
            style={look}
            className={mergeClasses(styles.cell, c.numeric && styles.numeric, selected && styles.selected)}
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
                      .then(() => keys.move(e.key === "Tab" ? 0 : 1, e.key === "Tab" ? 1 : 0));
                  onDone();
                }}
              />
            ) : (
              c.text
            )}
          </td>
        );
      })}
    </tr>
  );
}
