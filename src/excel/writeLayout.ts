import { cellAddress } from "../domain";
import { REPORT_LOOKS, type InputValidation, type ReportLayout, type ValidationRule } from "../reportSheet";
import type { Capabilities } from "./run";
import { writeMerges, writePrintSetup, writeRowHeights } from "./printSetup";
import { writeFrame, writeGrid } from "./writeGrid";

function excelRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "whole":
      return {
        wholeNumber:
          rule.max === undefined
            ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
            : { formula1: rule.min, formula2: rule.max, operator: "Between" },
      };
    case "list":
      return { list: { source: rule.options.join(","), inCellDropDown: true } };
    case "date":
      return { date: { formula1: "2000-01-01", operator: "GreaterThanOrEqualTo" } };
    case "textLength":
      return { textLength: { formula1: rule.max, operator: "LessThanOrEqualTo" } };
  }
}

function applyValidation(range: Excel.Range, v: InputValidation): void {
  range.dataValidation.clear();
  range.dataValidation.rule = excelRule(v.rule);
  range.dataValidation.prompt = { showPrompt: true, title: "Chỉ tiêu", message: v.prompt.vi };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Chỉ tiêu",
    message: v.error.vi,
  };
}

/** Queues the commands that write a report layout onto a sheet, from A1. No sync here. */
export function writeLayout(sheet: Excel.Worksheet, layout: ReportLayout, caps: Capabilities): void {
  writeGrid(
    sheet,
    layout.rows.map((r) =>
      r.map((c) => ({ ...c, look: c.look ?? (c.style ? REPORT_LOOKS[c.style] : undefined) })),
    ),
  );
  for (const input of caps.dataValidation ? layout.inputs : []) {
    applyValidation(sheet.getRange(cellAddress(input.row, input.col)), input.validation);
  }
  if (caps.conditionalFormats) {
    const mark = sheet.getRange(layout.invalidMark.range).conditionalFormats.add("Custom");
    mark.custom.rule.formula = layout.invalidMark.formula;
    mark.custom.format.fill.color = layout.invalidMark.fill;
    mark.custom.format.font.color = layout.invalidMark.fontColor;
  }
  writeMerges(sheet, layout.merges);
  writeRowHeights(sheet, layout.rowHeights);
  writeFrame(sheet, { ...layout, orientation: "Portrait" }, caps);
  if (caps.pageLayout) writePrintSetup(sheet, layout.print);
}
