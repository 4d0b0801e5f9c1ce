import type { Duplicate, RegistryUnit, UnitRow } from "./consolidate";
import type { Text } from "./types";

/** Data merged all the same that a person should look at, and why. */
export interface DataWarning {
  code: "registry_repeated_code" | "future_report_date" | "code_near_match";
  unitCode?: string;
  source?: string;
  message: Text;
}

/** A day as an ISO date (2025-12-20) in local time: what callers pass as `today`. */
export const isoDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/** Characters a code can carry without showing them: spaces of every kind and zero-width marks. */
const HIDDEN = /[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/gu;
const compact = (code: string) => code.replace(HIDDEN, "");

/** A code with its invisible characters named, so that the message shows what differs. */
function visible(code: string): string {
  return code.replace(HIDDEN, (c) =>
    c === " " ? c : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`,
  );
}

function hiddenKinds(a: string, b: string): Text {
  const extra = [...a.matchAll(HIDDEN), ...b.matchAll(HIDDEN)].map((m) => m[0]);
  const spaces = extra.some((c) => /\s/u.test(c));
  const invisible = extra.some((c) => !/\s/u.test(c));
  return spaces && invisible
    ? { vi: "khoảng trắng và ký tự vô hình", en: "spaces and invisible characters" }
    : spaces
      ? { vi: "khoảng trắng bên trong", en: "an inner space" }
      : { vi: "ký tự vô hình (độ rộng 0)", en: "invisible (zero-width) characters" };
}

function repeatedCodes(registry: readonly RegistryUnit[]): DataWarning[] {
  return registry
    .filter((u) => u.repeats?.length)
    .map((u) => {
      const rows = u.repeats!.map((r) => r.row).join(", ");
      const names = u.repeats!.map((r) => `“${r.name}”`).join(", ");
      return {
        code: "registry_repeated_code",
        unitCode: u.code,
        message: {
          vi: `Mã ${u.code} lặp lại trong danh sách đơn vị (dòng ${rows}): giữ dòng ${u.row} “${u.name}”, bỏ ${names}`,
          en: `Code ${u.code} is repeated in the unit list (row ${rows}): kept row ${u.row} “${u.name}”, dropped ${names}`,
        },
      };
    });
}

function futureDates(
  units: readonly UnitRow[],
  duplicates: readonly Duplicate[],
  today: string,
): DataWarning[] {
  const out: DataWarning[] = [];
  const dropped = new Map(duplicates.map((d) => [d.unitCode, d.dropped]));
  for (const u of units) {
    if (!u.reportDate || u.reportDate <= today) continue;
    const others = dropped.get(u.code);
    const won = others?.length
      ? {
          vi: `; báo cáo này được giữ thay cho ${others.map((d) => d.source).join(", ")} chỉ vì ngày mới hơn`,
          en: `; it was kept over ${others.map((d) => d.source).join(", ")} only because of that date`,
        }
      : { vi: "", en: "" };
    out.push({
      code: "future_report_date",
      unitCode: u.code,
      source: u.source,
      message: {
        vi: `${u.code}: ngày báo cáo ${u.reportDate} sau hôm nay (${today})${won.vi} — cần kiểm tra`,
        en: `${u.code}: the report date ${u.reportDate} is after today (${today})${won.en} — please check`,
      },
    });
  }
  return out;
}

function nearMatches(units: readonly UnitRow[], registry: readonly RegistryUnit[]): DataWarning[] {
  const listed = new Map<string, RegistryUnit>();
  for (const u of registry)
    if (!listed.has(compact(u.code).toUpperCase())) listed.set(compact(u.code).toUpperCase(), u);
  const out: DataWarning[] = [];
  for (const u of units) {
    if (u.registered) continue;
    const match = listed.get(compact(u.code).toUpperCase());
    if (!match) continue;
    const what = hiddenKinds(u.code, match.code);
    out.push({
      code: "code_near_match",
      unitCode: u.code,
      source: u.source,
      message: {
        vi: `Mã “${visible(u.code)}” của ${u.source} chỉ khớp mã “${visible(match.code)}” trong danh sách đơn vị khi bỏ ${what.vi}: chưa được tính là đơn vị này, hãy sửa mã`,
        en: `Code “${visible(u.code)}” of ${u.source} matches “${visible(match.code)}” of the unit list only without ${what.en}: it is not counted as that unit; correct the code`,
      },
    });
  }
  return out;
}

/**
 * What a person should look at in a consolidation: codes repeated in the unit list, report dates after
 * `today` (an ISO date the caller gives, so that the result does not depend on the clock), and codes
 * that match the unit list only without spaces or invisible characters.
 */
export function dataWarnings(
  units: readonly UnitRow[],
  duplicates: readonly Duplicate[],
  registry: readonly RegistryUnit[],
  today: string | undefined,
): DataWarning[] {
  return [
    ...repeatedCodes(registry),
    ...(today ? futureDates(units, duplicates, today) : []),
    ...nearMatches(units, registry),
  ];
}
