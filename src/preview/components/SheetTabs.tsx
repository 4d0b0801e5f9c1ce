import { useState } from "react";
import { Button, Input, makeStyles, Tab, TabList, tokens, Tooltip } from "@fluentui/react-components";
import type { PreviewWorkbook } from "../previewWorkbook";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
  },
  tabs: { overflowX: "auto" },
  error: { color: tokens.colorPaletteRedForeground1, marginLeft: tokens.spacingHorizontalM },
});

/**
 * The sheet tabs under the grid, as in Excel: choosing one activates it, a double-click renames it
 * (Enter keeps, Esc drops), "+" adds a sheet. Renaming and adding go through Office.js, so Excel's
 * rules on names apply and the add-in hears of it as it would in Excel.
 */
export function SheetTabs({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const state = workbook.fake.state;
  const visible = state.sheets.filter((s) => s.visibility === "Visible");
  const act = (batch: (sheets: Excel.WorksheetCollection) => void) =>
    workbook
      .run(async (context) => {
        batch(context.workbook.worksheets);
        await context.sync();
      })
      .then(
        () => setError(null),
        (e: unknown) =>
          setError(
            `Không đặt được tên này / Excel refused this name (${(e as { code?: string }).code ?? String(e)})`,
          ),
      );
  const rename = (id: string, name: string) => {
    setRenaming(null);
    const sheet = state.sheetById(id);
    if (sheet && name.trim() && name !== sheet.name)
      void act((sheets) => (sheets.getItem(sheet.name).name = name));
  };
  return (
    <div className={styles.bar}>
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
        {visible.map((s) =>
          renaming?.id === s.id ? (
            <Input
              key={s.id}
              size="small"
              autoFocus
              aria-label="Tên trang tính / Sheet name"
              value={renaming.name}
              onChange={(_, d) => setRenaming({ id: s.id, name: d.value })}
              onBlur={() => rename(s.id, renaming.name)}
              onKeyDown={(e) => {
                if (e.key === "Enter") rename(s.id, renaming.name);
                if (e.key === "Escape") setRenaming(null);
              }}
            />
          ) : (
            <Tab
              key={s.id}
              value={s.id}
              data-sheet={s.name}
              onDoubleClick={() => setRenaming({ id: s.id, name: s.name })}
            >
              {s.name}
            </Tab>
          ),
        )}
      </TabList>
      <Tooltip content="Thêm trang tính / New sheet" relationship="label">
        <Button
          size="small"
          appearance="subtle"
          onClick={() =>
            void act((sheets) => {
              sheets.add().activate();
            })
          }
        >
          +
        </Button>
      </Tooltip>
      {error && (
        <span className={styles.error} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
