import type { FakeExcel } from "../../src/fake-excel";

/**
 * Everything the in-memory Excel keeps about a workbook, as plain data to compare: sheets in order (id,
 * name, visibility, every stored cell with its value, formula, formats and validation, column widths,
 * hidden rows and columns, conditional formats, charts, panes, page layout), names and the active sheet.
 */
export async function workbookSnapshot(excel: FakeExcel): Promise<unknown> {
  await excel.recalculate();
  const { state } = excel;
  return structuredClone({
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: [...s.cells].sort(([a], [b]) => a.localeCompare(b)),
      columnWidths: [...s.columnWidths].sort(([a], [b]) => a - b),
      hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
      hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
    })),
    names: [...state.names.values()]
      .map((n) => ({ ...n, sheetId: state.sheetById(n.sheetId)?.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    active: state.activeSheet().name,
  });
}
