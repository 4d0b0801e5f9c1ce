import {
  consolidate,
  defaultFramework as fw,
  parseReport,
  rawFromReportJson,
  type Consolidation,
  type ReportJson,
} from "../../src/domain";
import dv01 from "../cli/fixtures/dv01.json";

const RATINGS = ["hoàn thành xuất sắc", "hoàn thành tốt", "hoàn thành tốt", "hoàn thành"];
const NAMES = ["Trường THPT", "Bệnh viện", "Trung tâm Y tế", "Sở", "Trường Mầm non"];

/** Unit i's report: figures that vary with i (a few units leave a figure out), always for year 2025. */
function unitJson(i: number): ReportJson {
  const employees = 20 + ((i * 37) % 180);
  const members = employees - (i % 4);
  const female = Math.floor(members * (0.4 + (i % 5) / 10));
  const json = structuredClone(dv01) as unknown as ReportJson & { values: Record<string, unknown> };
  json.unit = {
    code: `DV${String(i + 1).padStart(2, "0")}`,
    name: `${NAMES[i % NAMES.length]} số ${i + 1} tỉnh Bình Định`,
  };
  json.report_date = `2025-12-${String(10 + (i % 18)).padStart(2, "0")}`;
  Object.assign(json.values, {
    employees,
    eligible: employees,
    members,
    female_members: female,
    officers: 3 + (i % 6),
    members_studied: i % 7 === 0 ? members - 2 : members,
    self_rating: RATINGS[i % RATINGS.length],
    members_with_initiatives: Math.floor(members * (0.1 + (i % 3) * 0.05)),
    female_title_holders: i % 2 ? female : female - 1,
    successful_families_term: i % 3,
    party_candidate_source: "có",
    party_introduced: i % 4 ? 1 : 0,
    officers_trained_term: 3 + (i % 6),
    culture_recognized: i % 10 ? "có" : "không",
  });
  if (i % 11 === 5) delete json.values.members_with_initiatives;
  return json;
}

/** A consolidation of 30 generated units for year 2025, with a unit list of 34 (4 have not reported). */
export function thirtyUnits(): Consolidation {
  const reports = Array.from({ length: 30 }, (_, i) =>
    parseReport(fw, rawFromReportJson(unitJson(i)), `dv${i + 1}.xlsx › Báo cáo`),
  );
  const registry = Array.from({ length: 34 }, (_, i) => ({
    code: `DV${String(i + 1).padStart(2, "0")}`,
    name:
      i < 30 ? `${NAMES[i % NAMES.length]} số ${i + 1} tỉnh Bình Định` : `Đơn vị chưa báo cáo số ${i + 1}`,
  }));
  return consolidate(fw, reports, { registry, period: { kind: "year", year: 2025 }, today: "2026-01-10" });
}
