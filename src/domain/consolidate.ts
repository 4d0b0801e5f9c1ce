import { evaluateReport } from "./evaluate";
import type { Framework } from "./frameworkSchema";
import { periodText } from "./period";
import { evaluateProvinceTarget, type ProvinceTargetResult } from "./province";
import { normaliseUnitCode, type Report } from "./report";
import type { DomainError, FieldValue, Period, TargetResult, Text } from "./types";
import { dataWarnings, type DataWarning } from "./warnings";

export interface RegistryUnit {
  code: string;
  name: string;
  /** Its row in the list, for messages. */
  row?: number;
  /** Later rows of the list with the same code, which were dropped. */
  repeats?: { row: number; name: string }[];
}

export interface UnitRow {
  code: string;
  name: string;
  source: string;
  reportDate: string | null;
  registered: boolean;
  values: Record<string, FieldValue>;
  targets: TargetResult[];
}

export interface Duplicate {
  unitCode: string;
  kept: { source: string; reportDate: string | null };
  dropped: { source: string; reportDate: string | null }[];
  reason: Text;
}

export interface Excluded {
  source: string;
  unitCode: string | null;
  period: Period | null;
  reason: "invalid" | "other_period";
  message: Text;
  errors: DomainError[];
}

export interface Consolidation {
  framework: string;
  period: Period | null;
  units: UnitRow[];
  province: { targets: ProvinceTargetResult[] };
  completeness: { expected: number | null; received: number; unregistered: string[] };
  missing: RegistryUnit[];
  duplicates: Duplicate[];
  excluded: Excluded[];
  /** Data merged all the same that a person should look at. */
  warnings: DataWarning[];
}

const KIND_ORDER = ["h1", "year", "midterm", "endterm"];
const samePeriod = (a: Period, b: Period) => a.kind === b.kind && a.year === b.year;
const periodKey = (p: Period) => p.year * 10 + KIND_ORDER.indexOf(p.kind);

const compareText = (x: string, y: string) => (x === y ? 0 : x < y ? -1 : 1);

/**
 * A total order on reports, so that nothing below depends on the order they were given in. The
 * errors count too: two invalid reports can share everything else (bad cells are not in `values`).
 * The JSON keys are built only on a tie, not for every comparison of the sort.
 */
function canonical(a: Report, b: Report): number {
  return (
    compareText(a.unitCode ?? "", b.unitCode ?? "") ||
    compareText(a.reportDate ?? "", b.reportDate ?? "") ||
    compareText(a.source, b.source) ||
    compareText(JSON.stringify(a.values), JSON.stringify(b.values)) ||
    compareText(JSON.stringify(a.errors), JSON.stringify(b.errors))
  );
}

/** Without a requested period: the one most reports are for; on a tie, the latest. */
function chosenPeriod(reports: Report[]): Period | null {
  const tally = new Map<number, { period: Period; n: number }>();
  for (const r of reports) {
    if (!r.period) continue;
    const entry = tally.get(periodKey(r.period)) ?? { period: r.period, n: 0 };
    entry.n++;
    tally.set(periodKey(r.period), entry);
  }
  const best = [...tally.values()].sort((a, b) => b.n - a.n || periodKey(b.period) - periodKey(a.period))[0];
  return best?.period ?? null;
}

function duplicateOf(code: string, group: Report[]): { kept: Report; duplicate: Duplicate } {
  // `group` is in canonical order: the latest report date (then the last source name) wins.
  const kept = group[group.length - 1];
  const dropped = group.slice(0, -1);
  const byDate = dropped.every((r) => (r.reportDate ?? "") < (kept.reportDate ?? ""));
  const reason: Text = byDate
    ? {
        vi: `Giữ báo cáo có ngày báo cáo mới nhất (${kept.reportDate})`,
        en: `Kept the report with the latest report date (${kept.reportDate})`,
      }
    : {
        vi: `Các báo cáo cùng ngày báo cáo; giữ nguồn “${kept.source}” (xếp sau cùng theo tên) — cần kiểm tra lại`,
        en: `Reports share the same report date; kept “${kept.source}” (last by name) — please check`,
      };
  const ref = (r: Report) => ({ source: r.source, reportDate: r.reportDate });
  return { kept, duplicate: { unitCode: code, kept: ref(kept), dropped: dropped.map(ref), reason } };
}

/**
 * Consolidates the units' reports for one period: per-unit results, the province's result for every
 * target, completeness against the registry, duplicates, what was excluded and why, and what a person
 * should look at (`today`, an ISO date, tells which report dates are in the future).
 */
export function consolidate(
  fw: Framework,
  reports: readonly Report[],
  options: { period?: Period; registry?: readonly RegistryUnit[]; today?: string } = {},
): Consolidation {
  const sorted = [...reports].sort(canonical);
  const excluded: Excluded[] = [];
  const valid: Report[] = [];
  for (const r of sorted) {
    if (r.errors.length || !r.unitCode || !r.period) {
      excluded.push({
        source: r.source,
        unitCode: r.unitCode,
        period: r.period,
        reason: "invalid",
        message: {
          vi: `Báo cáo có ${r.errors.length} lỗi`,
          en: `The report has ${r.errors.length} error(s)`,
        },
        errors: r.errors,
      });
    } else valid.push(r);
  }
  const period = options.period ?? chosenPeriod(valid);
  const inPeriod = valid.filter((r) => {
    if (period && samePeriod(r.period!, period)) return true;
    const theirs = periodText(fw, r.period!);
    excluded.push({
      source: r.source,
      unitCode: r.unitCode,
      period: r.period,
      reason: "other_period",
      message: {
        vi: `Báo cáo kỳ ${theirs.vi}, không phải kỳ đang tổng hợp`,
        en: `A report for ${theirs.en}, not the period being consolidated`,
      },
      errors: [],
    });
    return false;
  });

  const groups = new Map<string, Report[]>();
  for (const r of inPeriod) groups.set(r.unitCode!, [...(groups.get(r.unitCode!) ?? []), r]);
  const registry = new Map((options.registry ?? []).map((u) => [normaliseUnitCode(u.code), u]));
  const duplicates: Duplicate[] = [];
  const units: UnitRow[] = [];
  for (const [code, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { kept, duplicate } = duplicateOf(code, group);
    if (group.length > 1) duplicates.push(duplicate);
    units.push({
      code,
      name: kept.unitName ?? registry.get(code)?.name ?? code,
      source: kept.source,
      reportDate: kept.reportDate,
      registered: registry.has(code),
      values: kept.values,
      targets: evaluateReport(fw, kept),
    });
  }

  const missing = [...registry]
    .filter(([code]) => !groups.has(code))
    .map(([code, u]) => ({ code, name: u.name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  return {
    framework: fw.id,
    period,
    units,
    province: {
      targets: fw.targets.map((t) =>
        evaluateProvinceTarget(fw, t, units, period?.kind, options.registry ? missing.length : null),
      ),
    },
    completeness: {
      expected: options.registry ? registry.size : null,
      received: units.length,
      unregistered: options.registry ? units.filter((u) => !u.registered).map((u) => u.code) : [],
    },
    missing,
    duplicates,
    excluded,
    warnings: dataWarnings(units, duplicates, options.registry ?? [], options.today),
  };
}
