import { makeStyles } from "@fluentui/react-components";
import { useWorkbookVersion } from "../hooks";
import type { PreviewWorkbook } from "../previewWorkbook";
import { FileBar } from "./FileBar";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { SheetTabs } from "./SheetTabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, minHeight: "320px" },
});

/** The simulated workbook: open/download, formula bar, the active sheet's grid, and the sheet tabs. */
export function Workbook({ workbook, onStartOver }: { workbook: PreviewWorkbook; onStartOver: () => void }) {
  const styles = useStyles();
  useWorkbookVersion(workbook);
  const state = workbook.fake.state;
  const sheet = state.activeSheet();
  const selected = state.selection?.sheetId === sheet.id ? state.selection.bounds : undefined;
  const at = { row: selected?.row ?? 0, col: selected?.column ?? 0 };
  return (
    <section className={styles.root} aria-label="Sổ tính mô phỏng / Simulated workbook">
      <FileBar workbook={workbook} onStartOver={onStartOver} />
      <FormulaBar workbook={workbook} sheet={sheet} at={at} />
      <Grid workbook={workbook} sheet={sheet} at={at} />
      <SheetTabs workbook={workbook} />
    </section>
  );
}
