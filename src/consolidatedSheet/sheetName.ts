import { periodText, type Framework, type Period } from "../domain";
import { uniqueSheetName } from "../shared/sheetName";

/** “Tổng hợp Năm 2025”, a name Excel accepts (≤ 31 characters) that no existing sheet has. */
export function consolidatedSheetName(
  fw: Framework,
  period: Period | null,
  existing: readonly string[] = [],
): string {
  if (!period) return uniqueSheetName("Tổng hợp", existing);
  const full = `Tổng hợp ${periodText(fw, period).vi}`;
  // Too long for a sheet name (“Tổng hợp Sơ kết giữa nhiệm kỳ 2025”): keep the period and the year.
  const name = full.length <= 31 ? full : `TH ${periodText(fw, period).vi}`.slice(0, 31);
  return uniqueSheetName(name, existing);
}

/** “Đơn vị Năm 2025”, the sheet of the units' table that goes with a consolidated sheet. */
export function unitsSheetName(
  fw: Framework,
  period: Period | null,
  existing: readonly string[] = [],
): string {
  if (!period) return uniqueSheetName("Đơn vị", existing);
  const full = `Đơn vị ${periodText(fw, period).vi}`;
  return uniqueSheetName(full.length <= 31 ? full : `ĐV ${periodText(fw, period).vi}`.slice(0, 31), existing);
}
