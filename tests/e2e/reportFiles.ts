import { defaultFramework as fw, type FieldValue } from "../../src/domain";
import { reportLayout } from "../../src/reportSheet";
import { reportWorkbook } from "../../src/xlsx";

/** A clerk's report workbook, as `chitieu template --data` writes it. */
export function reportFile(values: Record<string, FieldValue | Date>): Promise<Buffer> {
  return reportWorkbook(
    reportLayout(fw, { formulas: "native", values: values as Record<string, FieldValue> }),
  );
}

/** The row of a field's input in the template (1-based), from the layout itself. */
export function fieldRow(field: string): number {
  const rows = reportLayout(fw, { formulas: "addin" }).rows;
  return rows.findIndex((r) => r[0]?.value === `chitieu:${field}`) + 1;
}

export const base = { members: 40, members_with_initiatives: 8, employees: 50, eligible: 45 };
