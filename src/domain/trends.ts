import { targetScore, type TargetScore } from "./commend";
import type { PeriodConsolidation } from "./history";
import type { ProvinceTargetResult } from "./province";
import type { Period, TargetResult } from "./types";

export interface TargetTrend {
  code: string;
  /** The province's result in each period of `Trends.periods`. */
  byPeriod: ProvinceTargetResult[];
}

export interface UnitPeriod extends TargetScore {
  targets: TargetResult[];
}

export interface UnitTrend {
  code: string;
  /** The name in the latest period the unit reported. */
  name: string;
  /** The unit's results in each period; null where it did not report. */
  byPeriod: (UnitPeriod | null)[];
}

export interface Trends {
  periods: Period[];
  targets: TargetTrend[];
  units: UnitTrend[];
}

/** Every period of the term side by side: per target the province's result, per unit its own. */
export function trends(periods: readonly PeriodConsolidation[]): Trends {
  const codes = periods[0]?.consolidation.province.targets.map((t) => t.code) ?? [];
  const units = new Map<string, UnitTrend>();
  periods.forEach(({ consolidation }, i) => {
    for (const u of consolidation.units) {
      let trend = units.get(u.code);
      if (!trend)
        units.set(u.code, (trend = { code: u.code, name: u.name, byPeriod: periods.map(() => null) }));
      trend.name = u.name;
      trend.byPeriod[i] = { ...targetScore(u.targets), targets: u.targets };
    }
  });
  return {
    periods: periods.map((p) => p.period),
    targets: codes.map((code, t) => ({
      code,
      byPeriod: periods.map((p) => p.consolidation.province.targets[t]),
    })),
    units: [...units.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}
