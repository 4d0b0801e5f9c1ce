import {
  defaultFramework,
  evaluateTarget,
  parseReport,
  type PeriodKind,
  type RawCell,
  type Report,
  type Target,
  type TargetResult,
  type Values,
} from "../../src/domain";

export const fw = defaultFramework;

export function target(code: string): Target {
  const t = fw.targets.find((x) => x.code === code);
  if (!t) throw new Error(`no target ${code}`);
  return t;
}

export function field(id: string) {
  const f = fw.fields.find((x) => x.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
}

/** A yearly report of a unit that meets every target; override cells to break one. `null` empties a cell. */
export function rawReport(overrides: Record<string, RawCell> = {}): Record<string, RawCell> {
  return {
    unit_code: "U001",
    unit_name: "CĐCS Trường THPT Số 1",
    period_kind: "Năm",
    year: 2025,
    reporter: "Nguyễn Thị Hoa",
    report_date: "15/12/2025",
    employees: 40,
    eligible: 40,
    members: 40,
    female_members: 20,
    officers: 5,
    study_coordinated: "Có",
    members_studied: 40,
    conference_held: "Có",
    self_rating: "Hoàn thành tốt nhiệm vụ",
    digital_movement_launched: "Có",
    members_with_initiatives: 6,
    women_committee_required: "Có",
    women_committee_established: "Có",
    female_title_holders: 20,
    successful_families_term: 1,
    party_candidate_source: "Có",
    party_introduced: 1,
    officers_trained_term: 5,
    complaints_received: 2,
    complaints_resolved: 2,
    finance_settled: "Có",
    social_activities: "Có",
    culture_registered: "Có",
    culture_recognized: "Có",
    ...overrides,
  };
}

export function report(overrides: Record<string, RawCell> = {}, source = "test.xlsx"): Report {
  const r = parseReport(fw, rawReport(overrides), source);
  if (r.errors.length) throw new Error(`fixture report has errors: ${JSON.stringify(r.errors)}`);
  return r;
}

export function evaluate(code: string, values: Values, period?: PeriodKind): TargetResult {
  return evaluateTarget(fw, target(code), values, period);
}
