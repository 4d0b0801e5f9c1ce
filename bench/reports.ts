import type { RawCell } from "../src/domain";
import { prng } from "./measure";

const RATINGS = [
  "Hoàn thành xuất sắc nhiệm vụ",
  "Hoàn thành tốt nhiệm vụ",
  "Hoàn thành nhiệm vụ",
  "Không hoàn thành",
];
const KINDS = ["Trường THPT", "Trường THCS", "Bệnh viện", "Trung tâm Y tế", "Sở", "Ban Quản lý"];

/**
 * `n` yearly reports as a clerk's sheet holds them (raw cells: text, Vietnamese numbers, yes/no
 * words), from a deterministic PRNG. All for the year 2025; about 3% also sent a later duplicate, 2% their 6-month report.
 */
export function generateRawReports(n: number, seed = 2025): Record<string, RawCell>[] {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const yes = (p: number) => (rnd() < p ? (rnd() < 0.5 ? "Có" : "x") : "Không");
  const count = (v: number) => (v >= 1000 && rnd() < 0.5 ? v.toLocaleString("en-US").replace(/,/g, ".") : v);
  const out: Record<string, RawCell>[] = [];
  for (let i = 0; i < n; i++) {
    const employees = int(8, 1500);
    const eligible = employees - int(0, Math.min(5, employees));
    const members = eligible - (rnd() < 0.2 ? int(1, Math.min(3, eligible)) : 0);
    const female = int(0, members);
    const officers = int(3, 15);
    const received = rnd() < 0.7 ? 0 : int(1, 5);
    const unit: Record<string, RawCell> = {
      unit_code: `CD${String(i + 1).padStart(4, "0")}`,
      unit_name: `CĐCS ${KINDS[int(0, KINDS.length - 1)]} số ${i + 1}`,
      period_kind: "Năm",
      year: 2025,
      reporter: "Nguyễn Thị Lan",
      report_date: `${int(1, 28)}/12/2025`,
      employees: count(employees),
      eligible: count(eligible),
      members: count(members),
      female_members: count(female),
      officers,
      study_coordinated: yes(0.97),
      members_studied: count(members - (rnd() < 0.1 ? int(0, Math.min(3, members)) : 0)),
      conference_held: yes(0.98),
      self_rating: RATINGS[rnd() < 0.25 ? 0 : rnd() < 0.9 ? 1 : rnd() < 0.95 ? 2 : 3],
      digital_movement_launched: yes(0.9),
      members_with_initiatives: count(Math.floor(members * (0.1 + rnd() * 0.2))),
      women_committee_required: female >= 10 ? "Có" : "Không",
      women_committee_established: yes(0.95),
      female_title_holders: count(Math.floor(female * (0.9 + rnd() * 0.1))),
      successful_families_term: int(0, 3),
      party_candidate_source: yes(0.8),
      party_introduced: int(0, 3),
      officers_trained_term: officers - (rnd() < 0.2 ? 1 : 0),
      complaints_received: received,
      complaints_resolved: received - (received && rnd() < 0.1 ? 1 : 0),
      finance_settled: yes(0.97),
      social_activities: yes(0.99),
      culture_registered: yes(0.96),
      culture_recognized: yes(0.93),
    };
    out.push(unit);
    if (rnd() < 0.03) out.push({ ...unit, report_date: "30/12/2025", members_with_initiatives: members });
    if (rnd() < 0.02) out.push({ ...unit, period_kind: "6 tháng", report_date: "30/06/2025" });
  }
  return out;
}
