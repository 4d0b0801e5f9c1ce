import { defaultFramework as fw } from "../../src/domain";
import { createRegistrySheet } from "../../src/excel/registrySheet";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { mergeWorkbook, type MergeOptions } from "../../src/excel/mergeWorkbook";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { upgradeTemplate } from "../../src/excel/upgradeTemplate";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { REGISTRY_SHEET_NAME } from "../../src/sources";
import { fileReports, reportSheets } from "../excel/reportBook";

/** An operation that writes the workbook, on a small workbook made afresh for each fault. */
export interface SweptOperation {
  name: string;
  workbook(): Promise<FakeExcel>;
  run(excel: FakeExcel): Promise<unknown>;
}

const activate = (excel: FakeExcel, sheet: string) =>
  excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });

/** Report sheets for units 1–2, a clerk's own sheet, and a name the clerk gave to a cell of the first report. */
async function clerkWorkbook(): Promise<FakeExcel> {
  const excel = createFakeExcel({
    sheets: [...reportSheets(2), { name: "Ghi chú", values: [["Họp ngày", 12]] }],
  });
  await excel.run(async (context) => {
    context.workbook.names.add(
      "SoDoanVien",
      context.workbook.worksheets.getItem("BC DV00001").getRange("D9"),
    );
    await context.sync();
  });
  await activate(excel, "Ghi chú");
  return excel;
}

const merge: MergeOptions = { keepHistory: true, fileReports: fileReports(2, 3) };

/**
 * The province workbook merged once already (consolidated sheet and history of the period), with a
 * unit list: merging again replaces both sheets.
 */
async function provinceWorkbook(): Promise<FakeExcel> {
  const excel = await clerkWorkbook();
  await createRegistrySheet(excel.run, ALL_CAPABILITIES);
  await excel.userEdit(
    REGISTRY_SHEET_NAME,
    "A3:B6",
    [
      ["DV00001", "Trường 1"],
      ["DV00002", "Trường 2"],
      ["DV00003", "Trường 3"],
      ["DV00009", "Trường 9"],
    ],
    "paste",
  );
  await mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, merge);
  await activate(excel, "Ghi chú");
  return excel;
}

export const SWEPT_OPERATIONS: SweptOperation[] = [
  {
    name: "insertTemplate",
    workbook: clerkWorkbook,
    run: (excel) => insertTemplate(excel.run, fw, ALL_CAPABILITIES),
  },
  {
    name: "upgradeTemplate",
    workbook: clerkWorkbook,
    run: (excel) => upgradeTemplate(excel.run, fw, ALL_CAPABILITIES, "BC DV00001"),
  },
  {
    name: "createRegistrySheet",
    workbook: clerkWorkbook,
    run: (excel) => createRegistrySheet(excel.run, ALL_CAPABILITIES),
  },
  {
    name: "mergeWorkbook, first of its period, in bands",
    workbook: clerkWorkbook,
    run: (excel) => mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, { ...merge, payloadBudget: 20_000 }),
  },
  {
    name: "mergeWorkbook, replacing the period's consolidation and history",
    workbook: provinceWorkbook,
    run: (excel) => mergeWorkbook(excel.run, fw, ALL_CAPABILITIES, merge),
  },
];
