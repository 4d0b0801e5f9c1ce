import type { Consolidation } from "./consolidate";
import type { Framework } from "./frameworkSchema";
import type { Text } from "./types";

/** A base figure summed over the units that gave it. */
export interface ProvinceTotal {
  field: string;
  label: Text;
  total: number;
  /** Units whose report gives the figure (a unit without it adds nothing). */
  units: number;
}

/** The province's totals of the base figures (employees, members …): sums over the units merged. */
export function provinceTotals(fw: Framework, c: Consolidation): ProvinceTotal[] {
  return fw.fields
    .filter((f) => f.section === "base")
    .map((f) => {
      const given = c.units.map((u) => u.values[f.id]).filter((v): v is number => typeof v === "number");
      return { field: f.id, label: f.label, total: given.reduce((s, v) => s + v, 0), units: given.length };
    });
}

/**
 * The province's attainment in one line an officer copies: “Đạt 12/19 chỉ tiêu; 3 chưa kết luận vì thiếu
 * báo cáo của 4 đơn vị”, then targets not met, not yet due and not applicable when there are any.
 */
export function provinceSummary(c: Consolidation): Text {
  const targets = c.province.targets;
  const n = (s: string) => targets.filter((t) => t.status === s).length;
  const vi = [`Đạt ${n("met")}/${targets.length} chỉ tiêu`];
  const en = [`${n("met")} of ${targets.length} targets met`];
  if (n("not_met")) {
    vi.push(`${n("not_met")} không đạt`);
    en.push(`${n("not_met")} not met`);
  }
  if (n("pending")) {
    vi.push(`${n("pending")} chưa đến hạn đánh giá`);
    en.push(`${n("pending")} not yet due`);
  }
  const open = n("missing");
  if (open) {
    const waiting = c.missing.length;
    const lacking = new Set(
      c.units.filter((u) => u.targets.some((t) => t.status === "missing")).map((u) => u.code),
    ).size;
    const why: Text[] = [];
    if (waiting)
      why.push({ vi: `thiếu báo cáo của ${waiting} đơn vị`, en: `${waiting} unit(s) have not reported` });
    if (lacking) why.push({ vi: `${lacking} đơn vị thiếu số liệu`, en: `${lacking} unit(s) lack figures` });
    vi.push(`${open} chưa kết luận${why.length ? ` vì ${why.map((w) => w.vi).join(" và ")}` : ""}`);
    en.push(`${open} not concluded${why.length ? ` because ${why.map((w) => w.en).join(" and ")}` : ""}`);
  }
  if (n("na")) {
    vi.push(`${n("na")} không áp dụng`);
    en.push(`${n("na")} not applicable`);
  }
  return { vi: vi.join("; "), en: en.join("; ") };
}
