import { Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { cellAddress } from "../../domain";
import { readCell, type SheetState } from "../../fake-excel/workbook-state";
import type { PreviewWorkbook } from "../previewWorkbook";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalXS,
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
  alert: string | null;
  onAlert: (text: string | null) => void;
}

/** The selected cell's address and content (formula or value), and Excel's refusal of a typed entry. */
export function FormulaBar({ sheet, at, alert, onAlert }: Props) {
  const styles = useStyles();
  const cell = readCell(sheet, at.row, at.col);
  return (
    <>
      <div className={styles.bar} data-testid="formula-bar">
        <Caption1 className={styles.name}>{cellAddress(at.row, at.col)}</Caption1>
        <Caption1 className={styles.content}>{cell.formula ?? String(cell.value)}</Caption1>
      </div>
      {alert && (
        <MessageBar intent="error" onClick={() => onAlert(null)}>
          <MessageBarBody>Excel: {alert}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
