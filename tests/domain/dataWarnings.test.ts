import { consolidate, registryFromGrid } from "../../src/domain";
import { fw, report } from "./helpers";

const TODAY = "2025-12-20";

describe("warnings for data a person should look at", () => {
  it("notes a code repeated in the unit list: the first row is kept, the others named", () => {
    const registry = registryFromGrid([
      ["Mã đơn vị", "Tên"],
      ["U001", "Trường THPT Số 1"],
      ["U002", "Bệnh viện"],
      [" u001 ", "Trường Mầm non"],
      ["U001", "Trường THCS"],
    ]);
    expect(registry.map((u) => u.code)).toEqual(["U001", "U002"]);
    const c = consolidate(fw, [report({ unit_code: "U001" })], { registry, today: TODAY });
    expect(c.completeness.expected).toBe(2);
    expect(c.warnings).toEqual([
      {
        code: "registry_repeated_code",
        unitCode: "U001",
        message: {
          vi: "Mã U001 lặp lại trong danh sách đơn vị (dòng 4, 5): giữ dòng 2 “Trường THPT Số 1”, bỏ “Trường Mầm non”, “Trường THCS”",
          en: "Code U001 is repeated in the unit list (row 4, 5): kept row 2 “Trường THPT Số 1”, dropped “Trường Mầm non”, “Trường THCS”",
        },
      },
    ]);
  });

  it("notes a report dated after today, and says when that date made it win over a duplicate", () => {
    const reports = [
      report({ unit_code: "U001", report_date: "10/12/2025" }, "u001.xlsx"),
      report({ unit_code: "U001", report_date: "10/12/2026" }, "u001-sai-ngay.xlsx"),
      report({ unit_code: "U002", report_date: "21/12/2025" }, "u002.xlsx"),
      report({ unit_code: "U003", report_date: TODAY }, "u003.xlsx"),
    ];
    const c = consolidate(fw, reports, { today: TODAY });
    expect(c.duplicates[0].kept.source).toBe("u001-sai-ngay.xlsx");
    expect(c.warnings.map((w) => [w.code, w.unitCode, w.message.en])).toEqual([
      [
        "future_report_date",
        "U001",
        "U001: the report date 2026-12-10 is after today (2025-12-20); it was kept over u001.xlsx only because of that date — please check",
      ],
      [
        "future_report_date",
        "U002",
        "U002: the report date 2025-12-21 is after today (2025-12-20) — please check",
      ],
    ]);
    expect(consolidate(fw, reports, { today: "2026-12-10" }).warnings).toEqual([]);
  });

  it("says which codes match the unit list only without an inner space or an invisible character", () => {
    const registry = registryFromGrid([
      ["U001", "Trường THPT Số 1"],
      ["U002", "Bệnh viện"],
      ["U 003", "Trường Mầm non"],
      ["U004", "Trường THCS"],
    ]);
    const reports = [
      report({ unit_code: "U 001" }, "a.xlsx"),
      report({ unit_code: "U002\u200b" }, "b.xlsx"),
      report({ unit_code: "U003" }, "c.xlsx"),
      report({ unit_code: "U004" }, "d.xlsx"),
      report({ unit_code: "U\u00a0005" }, "e.xlsx"),
    ];
    const c = consolidate(fw, reports, { registry, today: TODAY });
    expect(c.completeness.unregistered).toEqual(["U 001", "U 005", "U002\u200b", "U003"]);
    expect(c.warnings.map((w) => [w.unitCode, w.message.vi])).toEqual([
      [
        "U 001",
        "Mã “U 001” của a.xlsx chỉ khớp mã “U001” trong danh sách đơn vị khi bỏ khoảng trắng bên trong: chưa được tính là đơn vị này, hãy sửa mã",
      ],
      [
        "U002\u200b",
        "Mã “U002⟨U+200B⟩” của b.xlsx chỉ khớp mã “U002” trong danh sách đơn vị khi bỏ ký tự vô hình (độ rộng 0): chưa được tính là đơn vị này, hãy sửa mã",
      ],
      [
        "U003",
        "Mã “U003” của c.xlsx chỉ khớp mã “U 003” trong danh sách đơn vị khi bỏ khoảng trắng bên trong: chưa được tính là đơn vị này, hãy sửa mã",
      ],
    ]);
    expect(c.warnings[1].message.en).toMatch(
      /matches “U002” of the unit list only without invisible \(zero-width\) characters/,
    );
  });

  it("gives no warning for clean data", () => {
    const registry = registryFromGrid([["U001", "Trường THPT Số 1"]]);
    expect(consolidate(fw, [report({ unit_code: "U001" })], { registry, today: TODAY }).warnings).toEqual([]);
  });
});
