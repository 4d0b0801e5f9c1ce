import { Button, Caption1, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { cellAddress } from "../../domain";
import { readCell, type SheetState } from "../../fake-excel/workbook-state";
import { editText } from "../cellText";
import type { PreviewWorkbook } from "../previewWorkbook";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  name: { minWidth: "48px", fontWeight: tokens.fontWeightSemibold },
  content: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

interface Props {
  workbook: PreviewWorkbook;
  sheet: SheetState;
  at: { row: number; col: number };
}

/** Undo and redo, then the selected cell's address and content (its formula, or its value as typed). */
export function FormulaBar({ workbook, sheet, at }: Props) {
  const styles = useStyles();
  const cell = readCell(sheet, at.row, at.col);
  return (
    <div className={styles.bar} data-testid="formula-bar">
      <Tooltip content="Hoàn tác (Ctrl+Z) / Undo" relationship="label">
        <Button size="small" appearance="subtle" onClick={() => void workbook.undo()}>
          ↶
        </Button>
      </Tooltip>
      <Tooltip content="Làm lại (Ctrl+Y) / Redo" relationship="label">
        <Button size="small" appearance="subtle" onClick={() => void workbook.redo()}>
          ↷
        </Button>
      </Tooltip>
      <Caption1 className={styles.name}>{cellAddress(at.row, at.col)}</Caption1>
      <Caption1 className={styles.content} data-testid="formula-bar-content">
        {editText(cell)}
      </Caption1>
    </div>
  );
}
