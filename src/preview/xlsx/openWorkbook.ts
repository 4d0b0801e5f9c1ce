import type ExcelJS from "exceljs";
import { parseAddress } from "../../fake-excel/addresses";
import type { Cell, CellValue } from "../../fake-excel/cells";
import { parseFormula } from "../../fake-excel/formulas";
import { updateCell, type SheetState, type WorkbookState } from "../../fake-excel/workbook-state";
import { hexOf, pointsOfChars } from "./colors";
import { specOf } from "./validationXlsx";

/** exceljs 4 reads these but does not declare them. */
interface ReadSheet extends ExcelJS.Worksheet {
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A value as Excel stores it: dates are serial numbers, errors their code. */
function valueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return (value.getTime() - EPOCH) / DAY_MS;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("error" in v) return String(v.error);
    if ("richText" in v) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("result" in v) return valueOf(v.result);
    if ("text" in v) return valueOf(v.text);
  }
  return "";
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** What was left behind: formulas the simulated Excel cannot calculate keep their last value. */
export interface OpenNotes {
  formulasAsValues: string[];
}

function readCells(ws: ExcelJS.Worksheet, sheet: SheetState, notes: OpenNotes): void {
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r - 1);
    // Empty cells too: an input cell has its fill and validation before anything is typed in it.
    row.eachCell({ includeEmpty: true }, (c, col) => {
      let formula = c.formula ? `=${c.formula}` : undefined;
      if (formula) {
        try {
          parseFormula(formula);
        } catch {
          notes.formulasAsValues.push(`${sheet.name}!${c.address}`);
          formula = undefined;
        }
      }
      // exceljs gives every cell of a merged area the area's value; Excel keeps it in the top-left one.
      const covered = c.isMerged && c.master.address !== c.address;
      updateCell(sheet, r - 1, col - 1, (cell: Cell) => {
        cell.value = covered ? "" : valueOf(c.value);
        if (formula) cell.formula = formula;
        if (c.numFmt) cell.numberFormat = c.numFmt;
        const fill = c.fill?.type === "pattern" ? hexOf(c.fill.fgColor?.argb) : undefined;
        if (fill) cell.fill = fill;
        cell.bold = Boolean(c.font?.bold);
        cell.fontColor = hexOf(c.font?.color?.argb) ?? cell.fontColor;
        // The grid draws no merged areas: a merged text runs over its blank neighbours instead of wrapping.
        cell.wrapText = Boolean(c.alignment?.wrapText) && !c.isMerged;
      });
    });
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges.push(...merges.map((ref) => parseAddress(ref).bounds));
}

function readValidations(ws: ReadSheet, sheet: SheetState): void {
  for (const [ref, v] of Object.entries(ws.dataValidations?.model ?? {})) {
    for (const part of ref.split(/\s+/).filter(Boolean)) {
      const { bounds } = parseAddress(part.replace(/^range:/, ""));
      const spec = specOf(v, { row: bounds.row, column: bounds.column });
      if (!spec) continue;
      for (let r = bounds.row; r < bounds.row + bounds.rowCount; r++)
        for (let c = bounds.column; c < bounds.column + bounds.columnCount; c++)
          updateCell(sheet, r, c, (cell) => (cell.validation = spec));
    }
  }
}

function readConditionalFormats(ws: ReadSheet, sheet: SheetState): void {
  for (const cf of ws.conditionalFormattings ?? []) {
    for (const rule of cf.rules) {
      if (rule.type !== "expression") continue;
      const style = rule.style ?? {};
      const fill = style.fill?.type === "pattern" ? style.fill.bgColor?.argb : undefined;
      sheet.conditionalFormats.push({
        bounds: parseAddress(cf.ref.split(/\s+/)[0]).bounds,
        formula: `=${rule.formulae?.[0] ?? ""}`,
        fill: hexOf(fill),
        fontColor: hexOf(style.font?.color?.argb),
      });
    }
  }
}

/**
 * Replaces the workbook's content with a file's, as opening it in Excel would: sheets and their
 * visibility, values, formulas, number formats, fills, bold and coloured text, wrapping, column widths,
 * hidden rows and columns, frozen panes, data validation, conditional formats of the template's kind,
 * defined names, A4 set-up and the active sheet.
 */
export function openWorkbook(wb: ExcelJS.Workbook, state: WorkbookState): OpenNotes {
  const notes: OpenNotes = { formulasAsValues: [] };
  if (wb.worksheets.length === 0) throw new Error("no worksheet");
  state.sheets.splice(0);
  state.names.clear();
  state.activeSheetId = "";
  state.selection = undefined;
  for (const ws of wb.worksheets) {
    const sheet = state.addSheet(ws.name);
    sheet.visibility = VISIBILITY[ws.state] ?? "Visible";
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width) sheet.columnWidths.set(i, pointsOfChars(col.width));
      if (col.hidden) sheet.hiddenColumns.add(i);
    });
    const view = ws.views?.[0];
    if (view?.state === "frozen") {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
    if (ws.pageSetup?.orientation === "landscape") sheet.orientation = "Landscape";
    readCells(ws, sheet, notes);
    readValidations(ws as ReadSheet, sheet);
    readConditionalFormats(ws as ReadSheet, sheet);
  }
  for (const { name, ranges } of wb.definedNames.model) {
    try {
      const { sheetName, bounds } = parseAddress(ranges[0]);
      const sheet = sheetName && state.findSheet(sheetName);
      if (sheet) state.names.set(name.toLowerCase(), { name, sheetId: sheet.id, bounds });
    } catch {
      // A name that is not a plain range (a constant, a formula) is not kept by the simulated Excel.
    }
  }
  const active = wb.views?.[0]?.activeTab ?? 0;
  const first =
    state.sheets[active]?.visibility === "Visible"
      ? state.sheets[active]
      : state.sheets.find((s) => s.visibility === "Visible");
  state.activeSheetId = first?.id ?? "";
  return notes;
}
