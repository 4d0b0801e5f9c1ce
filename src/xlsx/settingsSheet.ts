import type ExcelJS from "exceljs";
import { inertText } from "../consolidatedSheet";
import type { SettingsSheetLayout } from "../document";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** The document settings sheet, hidden with its key column: the user unhides it to change them. */
export function writeSettingsSheet(wb: ExcelJS.Workbook, layout: SettingsSheetLayout): void {
  const ws = wb.addWorksheet(layout.name, { state: "hidden" });
  layout.rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      const cell = ws.getCell(r + 1, col + 1);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.value !== undefined) cell.value = inertText(c.value);
      const look = c.look;
      if (!look) return;
      cell.font = { name: look.font, size: look.size, bold: look.bold };
      if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
    }),
  );
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const col of layout.hiddenColumns) ws.getColumn(col + 1).hidden = true;
}
