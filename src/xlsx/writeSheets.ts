import type ExcelJS from "exceljs";
import { inertText, SUMMARY_LOOKS } from "../consolidatedSheet";
import type { TermLayout } from "../termSheets";
import {
  REPORT_LOOKS,
  type InputValidation,
  type Look,
  type ReportLayout,
  type ValidationRule,
} from "../reportSheet";
import { writeMergesAndHeights, writePrintSetup } from "./printSetup";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

interface GridCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  /** A look of its own, instead of its style's. */
  look?: Look;
}

/** Writes cells from A1, the look of each by its style. Strings are made inert; formulas are kept as such. */
function writeCells<C extends GridCell & { style?: S }, S extends string>(
  ws: ExcelJS.Worksheet,
  rows: readonly (readonly C[])[],
  looks: Record<S, Look>,
): void {
  rows.forEach((cells, r) =>
    cells.forEach((c, col) => {
      if (c.value === undefined && c.formula === undefined && !c.style && !c.look) return;
      const cell = ws.getCell(r + 1, col + 1);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.formula !== undefined) cell.value = { formula: c.formula.replace(/^=/, "") };
      else if (typeof c.value === "string") cell.value = inertText(c.value);
      else if (c.value !== undefined) cell.value = c.value;
      const look = c.look ?? (c.style ? looks[c.style] : undefined);
      if (!look) return;
      if (look.font || look.bold || look.italic || look.underline || look.size || look.color)
        cell.font = {
          name: look.font,
          bold: look.bold,
          italic: look.italic,
          underline: look.underline,
          size: look.size,
          color: look.color ? { argb: argb(look.color) } : undefined,
        };
      if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
      cell.alignment = { vertical: look.valign ?? "middle", horizontal: look.align, wrapText: look.wrap };
    }),
  );
}

function ruleOf(rule: ValidationRule): Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> {
  switch (rule.kind) {
    case "whole":
      return rule.max === undefined
        ? { type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "list":
      return { type: "list", formulae: [`"${rule.options.join(",")}"`] };
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [new Date(Date.UTC(2000, 0, 1))] };
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

/** Excel caps a prompt and an error message at 255 characters. */
const message = (t: { vi: string; en: string }) => `${t.vi}\n${t.en}`.slice(0, 255);

function validationOf(v: InputValidation): ExcelJS.DataValidation {
  return {
    ...ruleOf(v.rule),
    allowBlank: true,
    showInputMessage: true,
    promptTitle: "Chỉ tiêu",
    prompt: message(v.prompt),
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Chỉ tiêu",
    error: message(v.error),
  } as ExcelJS.DataValidation;
}

/**
 * Excel's own validation for the inputs: one rule per run of adjacent inputs sharing a rule (exceljs
 * writes overlapping ranges when a rule is added cell by cell). A run whose fields have their own prompts
 * shows the rule's instruction instead; the label is beside each cell anyway.
 */
function addValidations(ws: ExcelJS.Worksheet, layout: ReportLayout): void {
  const runs: { first: number; last: number; col: number; key: string; v: InputValidation }[] = [];
  for (const input of layout.inputs) {
    const v = input.validation;
    const key = JSON.stringify([v.rule, v.error]);
    const run = runs[runs.length - 1];
    if (run && run.key === key && run.col === input.col && run.last === input.row - 1) {
      run.last = input.row;
      if (JSON.stringify(run.v.prompt) !== JSON.stringify(v.prompt)) run.v = { ...run.v, prompt: v.error };
    } else runs.push({ first: input.row, last: input.row, col: input.col, key, v });
  }
  for (const run of runs) {
    const from = ws.getCell(run.first + 1, run.col + 1).address;
    const to = ws.getCell(run.last + 1, run.col + 1).address;
    // exceljs 4.4 has `dataValidations` but its typings do not declare it.
    (ws as unknown as WithValidations).dataValidations.add(
      from === to ? from : `${from}:${to}`,
      validationOf(run.v),
    );
  }
}

interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const CHAR_WIDTH = 1;

function writeFrame(
  ws: ExcelJS.Worksheet,
  widths: readonly number[],
  freezeRows: number,
  orientation: "portrait" | "landscape",
) {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w * CHAR_WIDTH));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: freezeRows }];
  ws.pageSetup = { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/** A report template on a worksheet: values, formulas, formats, validation, hidden keys, invalid marks, A4. */
export function writeReportSheet(ws: ExcelJS.Worksheet, layout: ReportLayout): void {
  writeCells(ws, layout.rows, REPORT_LOOKS);
  for (const input of layout.inputs) {
    const cell = ws.getCell(input.row + 1, input.col + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(REPORT_LOOKS.input.fill!) } };
    cell.protection = { locked: false };
  }
  addValidations(ws, layout);
  writeFrame(ws, layout.columnWidths, layout.freezeRows, "portrait");
  writeMergesAndHeights(ws, layout.merges, layout.rowHeights);
  writePrintSetup(ws, layout.print);
  for (const col of layout.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  for (const row of layout.hiddenRows) ws.getRow(row + 1).hidden = true;
  const mark = layout.invalidMark;
  ws.addConditionalFormatting({
    ref: mark.range,
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [mark.formula.replace(/^=/, "")],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(mark.fill) } },
          font: { color: { argb: argb(mark.fontColor) } },
        },
      },
    ],
  });
}

/** A sheet of the term's workbook (history, trends, review, flags, commendation): values only, landscape A4. */
export function writeTermSheet(ws: ExcelJS.Worksheet, layout: TermLayout): void {
  writeCells(ws, layout.rows, SUMMARY_LOOKS);
  writeFrame(ws, layout.columnWidths, layout.freezeRows, layout.print.orientation);
}
