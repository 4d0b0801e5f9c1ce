import type { RawCell } from "../../src/domain";
import { rawReport } from "./helpers";

export const YEARS = [2023, 2024, 2025];
export const DEADLINES = { "year:2023": "2024-01-15", "year:2024": "2025-01-15", "year:2025": "2026-01-15" };

/** Names out of code order, so that a tie on the share of targets met is broken by name. */
const NAMES: Record<number, string> = {
  1: "Trường THPT Số 1",
  4: "Trường Mầm non Ánh Dương",
  8: "Bệnh viện Đa khoa tỉnh",
  12: "Đài Phát thanh tỉnh",
  16: "Ban Quản lý Khu kinh tế",
  24: "Sở Y tế",
  28: "Chi cục Thủy lợi",
};

export const code = (i: number) => `DV${String(i).padStart(2, "0")}`;
export const nameOf = (i: number) => NAMES[i] ?? `Đơn vị số ${i}`;

/**
 * The yearly report of unit `i` (1…30) for `year`, as the clerk typed it. Every unit meets the yearly
 * targets except: a “good” rating (not excellent) unless i % 4 = 0 (2.3b); too few initiatives when
 * i % 5 = 0 (2.5); DV08 held no staff conference in 2023. DV01 meets everything every year. DV07's
 * members fall from 120 to 12 in 2025; DV12's 2025 report is late; DV20's women's committee turns “no”
 * in 2025. Term figures are given per year: families 1 a year when i % 3 = 0, once in 2024 when
 * i % 3 = 1, never otherwise; officers trained 2, 2, 1 of 5 for even units, 1 a year for odd ones.
 */
export function yearlyReport(i: number, year: number): Record<string, RawCell> {
  const y = YEARS.indexOf(year);
  const raw: Record<string, RawCell> = rawReport({
    unit_code: code(i),
    unit_name: nameOf(i),
    year,
    report_date: `15/12/${year}`,
    self_rating: i % 4 === 0 || i === 1 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ",
    members_with_initiatives: i % 5 === 0 ? 3 : 6,
    successful_families_term: i % 3 === 0 ? 1 : i % 3 === 1 && year === 2024 ? 1 : 0,
    officers_trained_term: i % 2 === 0 ? [2, 2, 1][y] : 1,
  });
  if (i === 8 && year === 2023) raw.conference_held = "Không";
  if (i === 7) {
    const members = year === 2025 ? 12 : 120;
    Object.assign(raw, {
      employees: 130,
      eligible: 120,
      members,
      members_studied: members,
      members_with_initiatives: year === 2025 ? 2 : 18,
    });
    if (year === 2025) Object.assign(raw, { female_members: 10, female_title_holders: 10 });
  }
  if (i === 12 && year === 2025) raw.report_date = "20/02/2026";
  if (i === 20 && year === 2025) raw.women_committee_established = "Không";
  return raw;
}

export const UNITS = Array.from({ length: 30 }, (_, k) => k + 1);
