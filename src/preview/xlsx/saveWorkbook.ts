import type ExcelJS from "exceljs";
import { cellAddress, columnLetters } from "../../domain";
import { isErrorValue, type Cell } from "../../fake-excel/cells";
import type { ValidationSpec } from "../../fake-excel/validation";
import type { SheetState, WorkbookState } from "../../fake-excel/workbook-state";
import { argbOf, charsOfPoints } from "./colors";
import { fileValidationOf } from "./validationXlsx";

interface WriteSheet extends ExcelJS.Worksheet {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** A cell's content for the file: a formula with its last result, or the value (errors as errors). */
function fileValue(cell: Cell): ExcelJS.CellValue {
  const result = isErrorValue(cell.value)
    ? { error: cell.value as ExcelJS.CellErrorValue["error"] }
    : cell.value === ""
      ? undefined
      : cell.value;
  if (cell.formula !== undefined)
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  return result ?? null;
}

function writeCell(ws: ExcelJS.Worksheet, row: number, column: number, cell: Cell): void {
  const c = ws.getCell(row + 1, column + 1);
  c.value = fileValue(cell);
  if (cell.numberFormat !== "General") c.numFmt = cell.numberFormat;
  if (cell.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argbOf(cell.fill) } };
  c.font = {
    name: cell.fontName,
    size: cell.fontSize,
    bold: cell.bold || undefined,
    italic: cell.italic || undefined,
    underline: cell.underline === "Single" || undefined,
    color: { argb: argbOf(cell.fontColor) },
  };
  c.alignment = {
    wrapText: cell.wrapText || undefined,
    vertical: VERTICAL[cell.verticalAlignment as keyof typeof VERTICAL] ?? "middle",
    horizontal: HORIZONTAL[cell.horizontalAlignment as keyof typeof HORIZONTAL],
  };
}

const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;
const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const INCHES_PER_POINT = 1 / 72;

/** Merged areas, row heights and the print set-up the add-in gave the sheet (pageLayout). */
function writePrint(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const range = (b: { row: number; column: number; rowCount: number; columnCount: number }) =>
    `${cellAddress(b.row, b.column)}:${cellAddress(b.row + b.rowCount - 1, b.column + b.columnCount - 1)}`;
  for (const m of sheet.merges) ws.mergeCells(range(m));
  for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
  const { area, titleRows, zoom, margins, centerFooter } = sheet.print;
  const fit = zoom.horizontalFitToPages != null || zoom.verticalFitToPages != null;
  ws.pageSetup = {
    paperSize: sheet.paperSize === "A4" ? 9 : undefined,
    orientation: sheet.orientation === "Landscape" ? "landscape" : "portrait",
    ...(fit
      ? {
          fitToPage: true,
          fitToWidth: zoom.horizontalFitToPages ?? 0,
          fitToHeight: zoom.verticalFitToPages ?? 0,
        }
      : { scale: zoom.scale ?? 100 }),
    margins: {
      top: margins.top * INCHES_PER_POINT,
      bottom: margins.bottom * INCHES_PER_POINT,
      left: margins.left * INCHES_PER_POINT,
      right: margins.right * INCHES_PER_POINT,
      header: margins.header * INCHES_PER_POINT,
      footer: margins.footer * INCHES_PER_POINT,
    },
    // exceljs writes "$" before each end: "B$2" becomes the absolute "$B$2" LibreOffice needs.
    printArea: area ? range(area).replace(/(\d+)/g, "$$$1") : undefined,
    printTitlesRow: titleRows ? `${titleRows.row + 1}:${titleRows.row + titleRows.rowCount}` : undefined,
  };
  if (centerFooter) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${centerFooter}` };
}

/** One range per run of cells down a column sharing one validation (as the template writes them). */
function writeValidations(ws: WriteSheet, sheet: SheetState): void {
  const cells = [...sheet.cells.entries()]
    .filter(([, cell]) => cell.validation)
    .map(([key, cell]) => {
      const [row, column] = key.split(",").map(Number);
      return { row, column, spec: cell.validation! };
    })
    .sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { first: number; last: number; column: number; spec: ValidationSpec }[] = [];
  for (const { row, column, spec } of cells) {
    const run = runs[runs.length - 1];
    if (run && run.spec === spec && run.column === column && run.last === row - 1) run.last = row;
    else runs.push({ first: row, last: row, column, spec });
  }
  for (const run of runs) {
    const v = fileValidationOf(run.spec);
    if (!v) continue;
    const from = cellAddress(run.first, run.column);
    const to = cellAddress(run.last, run.column);
    ws.dataValidations.add(from === to ? from : `${from}:${to}`, v);
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetState): void {
  const ws = wb.addWorksheet(sheet.name, { state: VISIBILITY[sheet.visibility] }) as WriteSheet;
  for (const [key, cell] of sheet.cells) {
    const [row, column] = key.split(",").map(Number);
    writeCell(ws, row, column, cell);
  }
  for (const [column, points] of sheet.columnWidths) ws.getColumn(column + 1).width = charsOfPoints(points);
  for (const column of sheet.hiddenColumns) ws.getColumn(column + 1).hidden = true;
  for (const row of sheet.hiddenRows) ws.getRow(row + 1).hidden = true;
  if (sheet.frozenRows || sheet.frozenColumns)
    ws.views = [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  writePrint(ws, sheet);
  writeValidations(ws, sheet);
  for (const cf of sheet.conditionalFormats) {
    if (!cf.formula) continue;
    const b = cf.bounds;
    ws.addConditionalFormatting({
      ref: `${cellAddress(b.row, b.column)}:${cellAddress(b.row + b.rowCount - 1, b.column + b.columnCount - 1)}`,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            fill: cf.fill
              ? { type: "pattern", pattern: "solid", bgColor: { argb: argbOf(cf.fill) } }
              : undefined,
            font: cf.fontColor ? { color: { argb: argbOf(cf.fontColor) } } : undefined,
          },
        },
      ],
    });
  }
}

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The workbook as an .xlsx file, everything the simulated Excel keeps: what the user typed and what
 * the add-in wrote (values, formulas with their last results, formats, validation, hidden keys, frozen
 * panes, marks of invalid inputs, merged cells, row heights, print set-up, names), with the active sheet.
 */
export function saveWorkbook(state: WorkbookState, wb: ExcelJS.Workbook): void {
  wb.creator = "Chỉ tiêu (bản xem thử / preview)";
  for (const sheet of state.sheets) writeSheet(wb, sheet);
  for (const { name, sheetId, bounds } of state.names.values()) {
    const sheet = state.sheetById(sheetId);
    if (!sheet) continue;
    const from = `$${columnLetters(bounds.column)}$${bounds.row + 1}`;
    const to = `$${columnLetters(bounds.column + bounds.columnCount - 1)}$${bounds.row + bounds.rowCount}`;
    wb.definedNames.add(`${quoted(sheet.name)}!${from === to ? from : `${from}:${to}`}`, name);
  }
  const active = state.sheets.indexOf(state.activeSheet());
  wb.views = [{ activeTab: Math.max(0, active) } as ExcelJS.WorkbookView];
}
