import {
  defaultFramework as fw,
  evaluateReport,
  parseReport,
  statusText,
  type RawCell,
} from "../../src/domain";
import { insertTemplate } from "../../src/excel/insertTemplate";
import { ALL_CAPABILITIES } from "../../src/excel/run";
import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";
import { FUNCTIONS } from "../../src/functions/register";
import { TARGET_PREFIX, FIELD_PREFIX } from "../../src/reportSheet/keys";
import { rawReport } from "../domain/helpers";

// The report template as a chair gets it: CHITIEU.STATUS formulas in column G, fed by the inputs in
// column D. Whatever is typed, each status must be the domain's own verdict on the same report.

interface Template {
  excel: FakeExcel;
  sheet: string;
  inputRow: Map<string, number>;
  targetRow: Map<string, number>;
}

async function template(blankArgument: 0 | null): Promise<Template> {
  const excel = createFakeExcel({ blankArgument });
  for (const [id, fn] of Object.entries(FUNCTIONS)) excel.registerFunction(`CHITIEU.${id}`, fn);
  const sheet = await insertTemplate(excel.run, fw, ALL_CAPABILITIES);
  const keys = (await excel.values(sheet, "A1:A200")).map((r) => String(r[0] ?? ""));
  const rowsOf = (prefix: string) =>
    new Map(keys.flatMap((k, i) => (k.startsWith(prefix) ? [[k.slice(prefix.length), i + 1]] : [])));
  const targetRow = rowsOf(TARGET_PREFIX);
  const inputRow = new Map([...rowsOf(FIELD_PREFIX)].filter(([k]) => !k.startsWith("target:")));
  expect([...targetRow.keys()]).toEqual(fw.targets.map((t) => t.code));
  expect([...inputRow.keys()].sort()).toEqual(fw.fields.map((f) => f.id).sort());
  return { excel, sheet, inputRow, targetRow };
}

async function type(t: Template, raw: Record<string, RawCell>): Promise<void> {
  for (const [field, value] of Object.entries(raw)) {
    if (value === null || value === undefined) continue;
    await t.excel.userEdit(t.sheet, `D${t.inputRow.get(field)}`, [[value]], "paste");
  }
}

/** Column G of every target row, by code, as Excel shows it. */
async function statuses(t: Template): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [code, row] of t.targetRow) out[code] = (await t.excel.values(t.sheet, `G${row}`))[0][0];
  return out;
}

function expected(raw: Record<string, RawCell>): Record<string, string> {
  const report = parseReport(fw, raw);
  return Object.fromEntries(evaluateReport(fw, report).map((r) => [r.code, statusText(r.status).vi]));
}

/** A yearly report with every status but “pending”: some targets met, some not, some exempt, one blank. */
const yearReport = rawReport({
  members_with_initiatives: 5, // 5 of 40 is 12.5% < 15%: 2.5 not met
  self_rating: "Hoàn thành nhiệm vụ", // 2.3b not met
  women_committee_required: "Không", // 2.6a not applicable
  women_committee_established: "Không",
  complaints_received: 0, // 2.9 not applicable
  complaints_resolved: 0,
  culture_recognized: null, // blank: missing
});

/** A 6-month report: yearly targets not met yet are “Chưa đến hạn”. */
const halfYearReport = rawReport({
  period_kind: "6 tháng",
  members_with_initiatives: 2,
  members_studied: 10,
  conference_held: "Không",
  successful_families_term: 0,
  officers_trained_term: 1,
});

describe.each([
  ["Excel desktop (a blank cell reaches a function as 0)", 0 as const],
  ["Excel on the web (a blank cell reaches a function as nothing)", null],
])("the report template's CHITIEU.STATUS column, %s", (_, blankArgument) => {
  it("leaves every status of an empty template blank, never a status computed from zeros", async () => {
    const t = await template(blankArgument);
    expect(new Set(Object.values(await statuses(t)))).toEqual(new Set([""]));
  });

  it("says Thiếu số liệu for each target left blank once the period is given", async () => {
    const t = await template(blankArgument);
    await type(t, { period_kind: "Năm" });
    const shown = await statuses(t);
    expect(shown).toEqual(expected({ period_kind: "Năm" }));
    expect(new Set(Object.values(shown))).toEqual(new Set([statusText("missing").vi]));
  });

  it("gives the domain's status for all 19 targets of a yearly report", async () => {
    const t = await template(blankArgument);
    await type(t, yearReport);
    const want = expected(yearReport);
    expect(await statuses(t)).toEqual(want);
    expect(new Set(Object.values(want))).toEqual(
      new Set(["met", "not_met", "na", "missing"].map((s) => statusText(s as "met").vi)),
    );
  });

  it("gives the domain's status for all 19 targets of a 6-month report, pending ones included", async () => {
    const t = await template(blankArgument);
    await type(t, halfYearReport);
    const want = expected(halfYearReport);
    expect(await statuses(t)).toEqual(want);
    expect(Object.values(want)).toContain(statusText("pending").vi);
  });
});
