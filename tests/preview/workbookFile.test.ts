import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { defaultFramework as fw } from "../../src/domain";
import { loadOfficeClient } from "../../src/fake-excel/node-client";
import { readCell, type SheetState } from "../../src/fake-excel/workbook-state";
import { typedEntry } from "../../src/preview/cellText";
import { createPreviewWorkbook, type PreviewWorkbook } from "../../src/preview/previewWorkbook";
import { openFile, saveFile } from "../../src/preview/workbookFile";
import { readReportFile } from "../../src/xlsx";
import { libreOfficeResaved } from "../cli/libreoffice";
import { blankTemplate, clerkFills, FILLED, inputCell, layout } from "../xlsx/clerk";

// The preview opens a clerk's .xlsx into the simulated Excel and gives it back: what the clerk typed
// and what the template holds (validation, hidden keys, formulas) survive, in our reader and in LibreOffice.
jest.setTimeout(180_000);
const SHEET = "Báo cáo";

async function opened(bytes: Buffer): Promise<PreviewWorkbook> {
  const workbook = createPreviewWorkbook(loadOfficeClient());
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  expect((await openFile(workbook, data)).formulasAsValues).toEqual([]);
  return workbook;
}

const at = (address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]) - 1, column: m[1].charCodeAt(0) - 65 };
};
const cellOf = (sheet: SheetState, address: string) => readCell(sheet, at(address).row, at(address).column);

/** The frame a clerk relies on: hidden keys, frozen title, widths, validation and marks. */
function frame(sheet: SheetState) {
  return {
    hiddenColumns: [...sheet.hiddenColumns],
    hiddenRows: [...sheet.hiddenRows],
    frozenRows: sheet.frozenRows,
    widths: [...sheet.columnWidths.values()].map(Math.round),
    marks: sheet.conditionalFormats.map((cf) => cf.formula),
    validations: layout.inputs.map((i) => {
      const v = readCell(sheet, i.row, i.col).validation;
      return v && { rule: v.rule, prompt: v.prompt.showPrompt, alert: v.errorAlert.style };
    }),
  };
}

const statusCells = layout.rows.flatMap((row, r) =>
  row.flatMap((c, col) => (c?.formula ? [String.fromCharCode(65 + col) + (r + 1)] : [])),
);

let workbook: PreviewWorkbook;
let sheet: SheetState;
let file: Buffer;

beforeAll(async () => {
  workbook = await opened(await blankTemplate());
  sheet = workbook.fake.sheet(SHEET) as SheetState;
});

test("opening the template keeps its keys, frozen title, widths, validation and marks", () => {
  expect(workbook.fake.sheetNames()).toEqual([SHEET]);
  const f = frame(sheet);
  expect(f.hiddenColumns).toEqual(layout.hiddenColumns);
  expect(f.hiddenRows).toEqual(layout.hiddenRows);
  expect(f.frozenRows).toBe(layout.freezeRows);
  expect(f.marks).toEqual([layout.invalidMark.formula]);
  expect(f.validations.every(Boolean)).toBe(true);
  expect(cellOf(sheet, inputCell("self_rating")).validation?.rule.list?.source).toContain(
    "Hoàn thành tốt nhiệm vụ",
  );
  expect(String(readCell(sheet, 0, 0).value)).toMatch(/^chitieu-report/);
  expect(cellOf(sheet, inputCell("members")).fill).toBe("#FFF2CC");
});

test("typing as a clerk does: Excel's validation refuses a bad entry, a vi-VN date is a date", async () => {
  const type = async (field: string, text: string) => {
    const address = inputCell(field);
    const entry = typedEntry(text, cellOf(sheet, address).numberFormat);
    return (await workbook.edit(SHEET, address, [[entry.value]], [[entry.format]])).accepted;
  };
  expect(await type("members", "-4")).toBe(false);
  for (const [field, value] of Object.entries(FILLED)) expect(await type(field, String(value))).toBe(true);
  expect(await type("report_date", "20/12/2025")).toBe(true);
  expect(cellOf(sheet, inputCell("report_date"))).toMatchObject({ value: 46011, numberFormat: "dd/mm/yyyy" });
  expect(statusCells.map((a) => cellOf(sheet, a).value)).toContain("Đạt");
  file = Buffer.from(await saveFile(workbook));
});

test("the saved file reads back with what was typed, and reopens with the same frame", async () => {
  const [report] = await readReportFile(fw, file, "preview.xlsx");
  const clerk = await clerkFills({ ...FILLED, report_date: new Date(Date.UTC(2025, 11, 20)) });
  const [typedInExcel] = await readReportFile(fw, clerk, "preview.xlsx");
  expect(report.errors).toEqual([]);
  expect(report.reportDate).toBe("2025-12-20");
  expect(report).toEqual(typedInExcel);
  const again = await opened(file);
  expect(frame(again.fake.sheet(SHEET) as SheetState)).toEqual(frame(sheet));
});

test("LibreOffice opens the saved file with the same values and validation", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "preview-save-"));
  const target = path.join(dir, "bao-cao.xlsx");
  writeFileSync(target, file);
  const resaved = libreOfficeResaved(target);
  const [report] = await readReportFile(fw, resaved, "bao-cao.xlsx");
  const [ours] = await readReportFile(fw, file, "bao-cao.xlsx");
  expect({ ...report, source: "" }).toEqual({ ...ours, source: "" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(resaved as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  const rating = Object.entries(model).find(([ref]) => ref.split(/[\s:]/).includes(inputCell("self_rating")));
  expect(rating?.[1]).toMatchObject({ type: "list", showErrorMessage: true });
  expect(String(rating?.[1].formulae[0])).toContain("Hoàn thành tốt nhiệm vụ");
});
