import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { PreviewWorkbook } from "../previewWorkbook";

const useStyles = makeStyles({
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    flexShrink: 0,
  },
});

/** The sheet tabs under the grid; choosing one activates that sheet, as in Excel. */
export function SheetTabs({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const state = workbook.fake.state;
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  return (
    <TabList
      className={styles.tabs}
      size="small"
      aria-label="Trang tính / Sheets"
      selectedValue={state.activeSheet().id}
      onTabSelect={(_, d) => {
        state.activeSheetId = String(d.value);
        workbook.changed();
      }}
    >
      {visible.map((s) => (
        <Tab key={s.id} value={s.id} data-sheet={s.name}>
          {s.name}
        </Tab>
      ))}
    </TabList>
  );
}
