import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { defaultFramework } from "../../src/domain";
import { foldText } from "../../src/domain/text";

/** Section II.2 of the seed, cut into the framework's targets (copied from the programme, verbatim). */
const SEED_TEXTS: [code: string, vi: string][] = [
  [
    "2.1a",
    "Hàng năm, 100% CĐCS phối hợp triển khai học tập, quán triệt, phổ biến các chỉ thị, nghị quyết của Đảng, chính sách pháp luật của Nhà nước, nghị quyết của Công đoàn",
  ],
  ["2.1b", "100% đoàn viên công đoàn được tham gia học tập, quán triệt"],
  [
    "2.2",
    "Hàng năm 100% CĐCS phối hợp với cơ quan, đơn vị tổ chức Hội nghị cán bộ công chức đảm bảo nội dung và thời gian quy định",
  ],
  ["2.3a", "Phấn đấu hàng năm có trên 90% CĐCS hoàn thành tốt nhiệm vụ"],
  ["2.3b", "trong đó có 20% CĐCS hoàn thành xuất sắc nhiệm vụ"],
  ["2.3c", "không có CĐCS không hoàn thành nhiệm vụ"],
  [
    "2.3d",
    "Phát triển đoàn viên đạt 100% CBCCVCLĐ là đoàn viên công đoàn (tính trên tổng số CBCCVCLĐ đủ điều kiện gia nhập vào tổ chức công đoàn)",
  ],
  ["2.4", "Phấn đấu 100% CĐCS phát động phong trào thi đua thực hiện chuyển đổi số"],
  [
    "2.5",
    "Hàng năm, mỗi CĐCS có ít nhất 15% đoàn viên đăng ký thực hiện sáng kiến, giải pháp áp dụng có hiệu quả vào công việc",
  ],
  ["2.6a", "100% CĐCS có đủ số lượng đoàn viên nữ được thành lập Ban nữ công quần chúng"],
  [
    "2.6b",
    "Phấn đấu hàng năm mỗi CĐCS có trên 95% đoàn viên nữ đạt danh hiệu “Giỏi việc nước, đảm việc nhà”",
  ],
  [
    "2.6c",
    "Phấn đấu trong nhiệm kỳ mỗi CĐCS xây dựng ít nhất 01 gia đình đạt danh hiệu “Gia đình CNVCLĐ thành đạt” các cấp",
  ],
  [
    "2.7",
    "Phấn đấu hàng năm mỗi CĐCS giới thiệu ít nhất 1 đoàn viên ưu tú cho Đảng xem xét kết nạp (Đối với các đơn vị còn nguồn giới thiệu)",
  ],
  [
    "2.8",
    "Trong nhiệm kỳ, 100% cán bộ công đoàn các cấp được tập huấn, bồi dưỡng, hướng dẫn kỹ năng, nghiệp vụ công đoàn",
  ],
  [
    "2.9",
    "Giải quyết 100% đơn thư khiếu nại của đoàn viên, CBCCVCLĐ thuộc thẩm quyền của công đoàn (nếu có)",
  ],
  [
    "2.10",
    "100% CĐCS trích nộp kinh phí, thu đoàn phí và quyết toán tài chính Công đoàn với Công đoàn Viên chức tỉnh đầy đủ",
  ],
  ["2.11", "100% CĐCS tổ chức và vận động đoàn viên, CBCCVCLĐ tham gia các hoạt động xã hội"],
  [
    "2.12a",
    "100% Ban Chấp hành các CĐCS phối hợp với Thủ trưởng cơ quan, đơn vị đăng ký và thực hiện xây dựng cơ quan, đơn vị đạt chuẩn văn hóa",
  ],
  ["2.12b", "phấn đấu 95% được công nhận cơ quan, đơn vị đạt chuẩn văn hóa"],
];

/**
 * How each target reads the seed: “trên X%” is gt, “ít nhất” and plain “100%” are gte; “trong nhiệm kỳ”
 * makes a term target; “nếu có” / “còn nguồn” make it not applicable. One row per target.
 */
const READING: [code: string, period: string, unit: string, province: string][] = [
  ["2.1a", "year", "flag study_coordinated", "share gte 100"],
  ["2.1b", "year", "rate members_studied/members gte 100", "pooled"],
  ["2.2", "year", "flag conference_held", "share gte 100"],
  ["2.3a", "year", "choice self_rating in excellent,good", "share gt 90"],
  ["2.3b", "year", "choice self_rating in excellent", "share gte 20"],
  ["2.3c", "year", "choice self_rating in excellent,good,completed", "units_not_met eq 0"],
  ["2.3d", "year", "rate members/eligible gte 100", "pooled"],
  ["2.4", "year", "flag digital_movement_launched", "share gte 100"],
  ["2.5", "year", "rate members_with_initiatives/members gte 15", "share gte 100"],
  ["2.6a", "year", "flag women_committee_established na if women_committee_required=false", "share gte 100"],
  ["2.6b", "year", "rate female_title_holders/female_members gt 95", "share gte 100"],
  ["2.6c", "term", "count successful_families_term gte 1", "share gte 100"],
  ["2.7", "year", "count party_introduced gte 1 na if party_candidate_source=false", "share gte 100"],
  ["2.8", "term", "rate officers_trained_term/officers gte 100", "pooled"],
  [
    "2.9",
    "year",
    "rate complaints_resolved/complaints_received gte 100 na if complaints_received=0",
    "pooled",
  ],
  ["2.10", "year", "flag finance_settled", "share gte 100"],
  ["2.11", "year", "flag social_activities", "share gte 100"],
  ["2.12a", "year", "flag culture_registered", "share gte 100"],
  ["2.12b", "year", "flag culture_recognized", "share gte 95"],
];

type AnyTarget = (typeof defaultFramework.targets)[number];

function describeUnit(t: AnyTarget): string {
  const u = t.unit;
  const na = u.na ? ` na if ${u.na.field}=${String(u.na.equals)}` : "";
  switch (u.kind) {
    case "flag":
      return `flag ${u.field}${na}`;
    case "choice":
      return `choice ${u.field} in ${u.in.join(",")}${na}`;
    case "count":
      return `count ${u.field} ${u.comparator} ${u.threshold}${na}`;
    case "rate":
      return `rate ${u.numerator}/${u.denominator} ${u.comparator} ${u.threshold}${na}`;
  }
}

function describeProvince(t: AnyTarget): string {
  const p = t.province;
  if (p.kind === "pooled_rate") return "pooled";
  return `${p.kind === "share_of_units" ? "share" : p.kind} ${p.comparator} ${p.threshold}`;
}

describe("the default framework", () => {
  it("loads, for the 2023–2028 term", () => {
    expect(defaultFramework.term).toEqual({ start: 2023, end: 2028 });
  });

  it("has every target of section II.2, in order", () => {
    expect(defaultFramework.targets.map((t) => t.code)).toEqual(SEED_TEXTS.map(([code]) => code));
  });

  it.each(SEED_TEXTS)("%s quotes the seed verbatim", (code, vi) => {
    const t = defaultFramework.targets.find((x) => x.code === code)!;
    expect(t.text.vi).toBe(vi);
    expect(t.text.vi).toBe(t.text.vi.normalize("NFC"));
    expect(t.text.en.length).toBeGreaterThan(0);
  });

  it.each(READING)("%s reads the seed as a %s target: %s; province %s", (code, period, unit, province) => {
    const t = defaultFramework.targets.find((x) => x.code === code)!;
    expect([t.period, describeUnit(t), describeProvince(t)]).toEqual([period, unit, province]);
  });

  // The seed lives outside the repository; CI may or may not have it beside the clone.
  const seedPath = join(__dirname, "../../../shared/seed/chuong-trinh-hanh-dong-2023-2028.txt");
  const seedIt = existsSync(seedPath) ? it : it.skip;
  seedIt(
    "every target text is an exact substring of the seed file (when the seed is beside the repo)",
    () => {
      const seed = readFileSync(seedPath, "utf8").normalize("NFC");
      for (const t of defaultFramework.targets)
        expect([t.code, seed.includes(t.text.vi)]).toEqual([t.code, true]);
    },
  );

  it("has no two names of a choice list that a clerk's typing could confuse", () => {
    for (const [list, options] of Object.entries(defaultFramework.choices)) {
      const owners = new Map<string, string>();
      for (const o of options)
        for (const name of [o.value, o.label.vi, o.label.en, ...(o.aliases ?? [])]) {
          const key = foldText(name);
          expect([list, name, owners.get(key) ?? o.value]).toEqual([list, name, o.value]);
          owners.set(key, o.value);
        }
    }
  });

  it("labels every field in both languages", () => {
    for (const f of defaultFramework.fields) {
      expect(f.label.vi.length).toBeGreaterThan(0);
      expect(f.label.en.length).toBeGreaterThan(0);
    }
  });
});
