import ExcelJS from "exceljs";
import { defaultFramework as fw, type FieldValue } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";
import { reportWorkbook } from "../../src/xlsx";

/** A year report that meets most targets, as a clerk types it. */
export const FILLED: Record<string, FieldValue> = {
  unit_code: "DV01",
  unit_name: "Trường THPT Số 1",
  period_kind: "Năm",
  year: 2025,
  employees: 50,
  eligible: 48,
  members: 48,
  female_members: 30,
  officers: 5,
  study_coordinated: "Có",
  members_studied: 48,
  conference_held: "Có",
  self_rating: "Hoàn thành tốt nhiệm vụ",
  digital_movement_launched: "Có",
  members_with_initiatives: 7,
  women_committee_required: "Có",
  women_committee_established: "Không",
  female_title_holders: 29,
  successful_families_term: 0,
  party_candidate_source: "Không",
  party_introduced: 0,
  officers_trained_term: 5,
  complaints_received: 2,
  complaints_resolved: 2,
  finance_settled: "Có",
  social_activities: "Có",
  culture_registered: "Có",
  culture_recognized: "Không",
};

export const layout = reportLayout(fw, { formulas: "native" });
/** The A1 address of a field's input cell in a fresh template. */
export const inputCell = (field: string) => {
  const input = layout.inputs.find((i) => i.field === field)!;
  return `${String.fromCharCode(65 + input.col)}${input.row + 1}`;
};

export const blankTemplate = () => reportWorkbook(layout);

/** Opens a workbook with exceljs (its typings predate Node's generic Buffer). */
export async function openWorkbook(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** A clerk opens the template, types values in the input cells, then does whatever `edit` does, and saves. */
export async function clerkFills(
  values: Record<string, ExcelJS.CellValue>,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => {},
): Promise<Buffer> {
  const wb = await openWorkbook(await blankTemplate());
  const ws = wb.worksheets[0];
  for (const [field, value] of Object.entries(values)) ws.getCell(inputCell(field)).value = value;
  edit(ws, wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook made by hand, with no report in it. */
export async function plainWorkbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
