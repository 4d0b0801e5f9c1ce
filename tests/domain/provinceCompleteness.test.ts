import { consolidate, type Consolidation, type RawCell, type Report } from "../../src/domain";
import { fw, report } from "./helpers";

const code = (i: number) => `U${String(i + 1).padStart(3, "0")}`;
const unitList = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ code: code(i), name: `CĐCS ${i + 1}` }));

/** n yearly reports of units that meet everything, with `cells(i)` overriding unit i's cells. */
function units(n: number, cells: (i: number) => Record<string, RawCell> = () => ({})): Report[] {
  return Array.from({ length: n }, (_, i) => report({ unit_code: code(i), ...cells(i) }, `${code(i)}.xlsx`));
}

const province = (c: Consolidation, targetCode: string) =>
  c.province.targets.find((t) => t.code === targetCode)!;

describe("province results judged against the unit list", () => {
  it("does not conclude “100% CĐCS” from 2 of 10 units that meet everything", () => {
    const c = consolidate(
      fw,
      units(2, () => ({ self_rating: "xuất sắc" })),
      { registry: unitList(10) },
    );
    const hundred = fw.targets.filter(
      (t) => t.province.kind === "share_of_units" && t.province.threshold === 100,
    );
    for (const t of hundred) expect(province(c, t.code)).toMatchObject({ status: "missing", waiting: 8 });
    expect(province(c, "2.1a").summary.vi).toBe("2/10 CĐCS đạt (cần ≥ 100% CĐCS); 8 CĐCS chưa báo cáo");
    expect(province(c, "2.1a").reason?.vi).toMatch(/^Chưa kết luận được: chờ 8 CĐCS chưa báo cáo/);
    expect(province(c, "2.1a").reason?.en).toMatch(/waiting for 8 unit\(s\)/);
    // 2 “xuất sắc” of 10 is at least 20% whatever the other 8 say.
    expect(province(c, "2.3b")).toMatchObject({ status: "met", waiting: 8 });
    // Pooled rates cannot be bounded without the other units' figures.
    expect(province(c, "2.1b").status).toBe("missing");
  });

  it("concludes when no answer of the units not reported could change it", () => {
    // 19 good of 20 expected is 95% > 90% even if the 20th is not.
    const met = consolidate(
      fw,
      units(19, () => ({ self_rating: "tốt" })),
      { registry: unitList(20) },
    );
    expect(province(met, "2.3a")).toMatchObject({ status: "met", waiting: 1 });
    // 9 good of 10 expected: 90% (not met) or 100% (met) — waiting for one unit.
    const open = consolidate(
      fw,
      units(9, () => ({ self_rating: "tốt" })),
      { registry: unitList(10) },
    );
    expect(province(open, "2.3a")).toMatchObject({ status: "missing", waiting: 1 });
    // One known “không” fails “100% CĐCS” whatever the others say.
    const failed = consolidate(
      fw,
      units(3, (i) => ({ finance_settled: i ? "Có" : "Không" })),
      { registry: unitList(10) },
    );
    expect(province(failed, "2.10")).toMatchObject({ status: "not_met", waiting: 7 });
    expect(province(failed, "2.10").summary.vi).toBe("2/10 CĐCS đạt (cần ≥ 100% CĐCS); 7 CĐCS chưa báo cáo");
  });

  it("counts “no CĐCS fails” against the units not reported", () => {
    const open = consolidate(fw, units(3), { registry: unitList(4) });
    expect(province(open, "2.3c")).toMatchObject({ status: "missing", actual: 0, waiting: 1 });
    const failed = consolidate(
      fw,
      units(3, (i) => ({ self_rating: i ? "tốt" : "không hoàn thành" })),
      { registry: unitList(4) },
    );
    expect(province(failed, "2.3c")).toMatchObject({ status: "not_met", actual: 1 });
  });

  it("is not “not applicable” while units of the list have not reported", () => {
    const exempt = { women_committee_required: "không", women_committee_established: "không" };
    expect(
      province(
        consolidate(
          fw,
          units(2, () => exempt),
        ),
        "2.6a",
      ).status,
    ).toBe("na");
    const c = consolidate(
      fw,
      units(2, () => exempt),
      { registry: unitList(3) },
    );
    expect(province(c, "2.6a")).toMatchObject({ status: "missing", waiting: 1 });
  });

  it("concludes as before when every unit of the list has reported; units off the list count as reported", () => {
    const excellent = { self_rating: "xuất sắc" };
    const c = consolidate(
      fw,
      [...units(3, () => excellent), ...units(1, () => ({ ...excellent, unit_code: "X9" }))],
      {
        registry: unitList(3),
      },
    );
    expect(c.completeness.unregistered).toEqual(["X9"]);
    for (const t of c.province.targets) expect(t).toMatchObject({ status: "met", waiting: 0 });
    expect(province(c, "2.2").summary.vi).toBe("4/4 CĐCS đạt (cần ≥ 100% CĐCS)");
  });

  it("says on every result that completeness is unknown without a unit list", () => {
    const c = consolidate(fw, units(2));
    for (const t of c.province.targets) {
      expect(t.waiting).toBeNull();
      expect(t.summary.vi).toMatch(/chưa có danh sách đơn vị nên chưa biết đã đủ CĐCS chưa$/);
      expect(t.summary.en).toMatch(/no unit list, so whether every unit reported is unknown$/);
    }
  });
});

describe("“mỗi CĐCS” rows say the programme's threshold and the share of units", () => {
  const initiatives = (i: number) => ({ members: 40, members_with_initiatives: i < 4 ? 6 : 5 }); // 15% · 12,5%

  it("4 of 6 units at 15% or more", () => {
    const t = province(consolidate(fw, units(6, initiatives), { registry: unitList(6) }), "2.5");
    expect(t).toMatchObject({ status: "not_met", actual: 66.67 });
    expect(t.summary).toEqual({
      vi: "4/6 CĐCS đạt (≥ 15% đoàn viên đăng ký thực hiện sáng kiến, giải pháp)",
      en: "4/6 unit(s) met (≥ 15% of members registering initiatives or solutions)",
    });
  });

  it("names units lacking figures and units not applicable apart", () => {
    const c = consolidate(
      fw,
      units(4, (i) =>
        i === 0
          ? { party_candidate_source: "không", party_introduced: 0 }
          : i === 1
            ? { party_introduced: null }
            : {},
      ),
      { registry: unitList(4) },
    );
    expect(province(c, "2.7").summary.vi).toBe(
      "2/3 CĐCS đạt (≥ 1 đoàn viên ưu tú giới thiệu cho Đảng xem xét kết nạp); 1 CĐCS không áp dụng; 1 CĐCS thiếu số liệu",
    );
    expect(province(c, "2.6b").summary.vi).toBe(
      "4/4 CĐCS đạt (> 95% đoàn viên nữ đạt danh hiệu “Giỏi việc nước, đảm việc nhà”)",
    );
  });
});
