import { defaultFramework as fw } from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import type { FakeExcel } from "../../src/fake-excel";

/** A yearly report sheet inserted from the template and typed in as a clerk would (paste per field). */
export async function addReport(excel: FakeExcel, code: string, year: number, members = 40): Promise<string> {
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES, { name: `BC ${code} ${year}` });
  const keys = (await excel.values(sheet, "A1:A80")).map((r) => r[0]);
  const values: Record<string, unknown> = {
    unit_code: code,
    unit_name: `Đơn vị ${code}`,
    period_kind: "Năm",
    year,
    report_date: `${year}-12-20`,
    members,
    members_with_initiatives: 8,
  };
  for (const [field, value] of Object.entries(values))
    await excel.userEdit(sheet, `D${keys.indexOf(`chitieu:${field}`) + 1}`, [[value]], "paste");
  return sheet;
}
