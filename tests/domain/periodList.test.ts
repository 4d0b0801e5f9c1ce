import { loadFramework, periodText } from "../../src/domain";
import { nativeStatusFormula } from "../../src/reportSheet";
import youthJson from "./fixtures/youth-2024-2029.json";

/** The youth programme with its period list under another name: only the field says which list it is. */
const renamed = (() => {
  const { period_kind, ...others } = youthJson.choices;
  return loadFramework({
    ...youthJson,
    choices: { ...others, ky_bao_cao: period_kind },
    fields: youthJson.fields.map((f) => (f.id === "period_kind" ? { ...f, choices: "ky_bao_cao" } : f)),
  });
})();

describe("a framework whose period list has another name", () => {
  it("names its periods from the list its period field points to", () => {
    expect(periodText(renamed, { kind: "h1", year: 2026 })).toEqual({
      vi: "6 tháng 2026",
      en: "6-month 2026",
    });
  });

  it("gives “Chưa đến hạn” in a 6-month report's native status formula, not “Không đạt”", () => {
    const target = renamed.targets.find((t) => t.period === "year")!;
    const formula = nativeStatusFormula(renamed, target, (id) => `D_${id}`, "D5");
    expect(formula).toContain('IF(D5="6 tháng","Chưa đến hạn","Không đạt")');
  });
});
