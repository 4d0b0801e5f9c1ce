import { FrameworkError, loadFramework } from "../../src/domain";
import defaultJson from "../../src/frameworks/cdvc-2023-2028.json";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to write what the schema forbids
type Json = any;

/** One row per broken framework: how to break the default one, and the exact problems expected. */
const BROKEN: [name: string, breakIt: (j: Json) => void, problems: string[]][] = [
  [
    "a bad comparator in a unit rule",
    (j) => (j.targets[8].unit.comparator = ">="),
    ['targets[8].unit.comparator: expected one of "gt", "gte", "eq", "lte", "lt"'],
  ],
  [
    "a bad comparator in a province rule",
    (j) => (j.targets[3].province.comparator = "more"),
    ['targets[3].province.comparator: expected one of "gt", "gte", "eq", "lte", "lt"'],
  ],
  [
    "an unknown field in a rule",
    (j) => (j.targets[0].unit.field = "studied"),
    ['targets[0].unit.field: unknown field "studied"'],
  ],
  [
    "an unknown field as a rate's denominator",
    (j) => (j.targets[1].unit.denominator = "member"),
    ['targets[1].unit.denominator: unknown field "member"'],
  ],
  [
    "an unknown field in a not-applicable condition",
    (j) => (j.targets[9].unit.na.field = "women_required"),
    ['targets[9].unit.na.field: unknown field "women_required"'],
  ],
  [
    "a misspelt key in a rule (it must not silently vanish)",
    (j) => {
      j.targets[9].unit.NA = j.targets[9].unit.na;
      delete j.targets[9].unit.na;
    },
    ['targets[9].unit: unknown key "NA"'],
  ],
  [
    "a term total that does not fit the field (a sum of yes/no, an “ever yes” of a count)",
    (j) => {
      j.fields[11].term_total = "sum";
      j.fields[8].term_total = "ever_yes";
    },
    [
      'fields[8].term_total: "ever_yes" needs a yes_no field, not count',
      'fields[11].term_total: "sum" needs a count field, not yes_no',
    ],
  ],
  [
    "an unknown way to make a term figure",
    (j) => (j.fields[8].term_total = "average"),
    ['fields[8].term_total: expected one of "sum", "latest", "ever_yes"'],
  ],
  ["an unknown key at the top", (j) => (j.extra = 1), ['(root): unknown key "extra"']],
  ["a duplicate target code", (j) => (j.targets[1].code = "2.1a"), ['targets[1].code: duplicate "2.1a"']],
  [
    "a duplicate field id",
    (j) => j.fields.push({ ...j.fields[10] }),
    ['fields[30].id: duplicate "officers"'],
  ],
  [
    "pooled_rate on a flag rule",
    (j) => (j.targets[0].province = { kind: "pooled_rate" }),
    ["targets[0].province: pooled_rate needs a rate unit rule"],
  ],
  [
    "a rate over a yes/no field",
    (j) => (j.targets[1].unit.numerator = "study_coordinated"),
    ['targets[1].unit.numerator: field "study_coordinated" is yes_no, expected count'],
  ],
  [
    "a choice rule naming no such choice",
    (j) => (j.targets[3].unit.in = ["good", "great"]),
    ['targets[3].unit.in: "great" is not a choice of self_rating'],
  ],
  [
    "an unknown rule kind",
    (j) => (j.targets[1].unit.kind = "ratio"),
    ['targets[1].unit.kind: expected kind to be one of "flag", "choice", "rate", "count"'],
  ],
  [
    "a negative threshold",
    (j) => (j.targets[8].unit.threshold = -1),
    ["targets[8].unit.threshold: must be at least 0"],
  ],
  [
    "an empty Vietnamese text",
    (j) => (j.targets[2].text.vi = ""),
    ["targets[2].text.vi: must be at least 1 character(s)"],
  ],
  [
    "a target code that is not n.n[a]",
    (j) => (j.targets[0].code = "2.1A"),
    ["targets[0].code: does not match /^\\d+\\.\\d+[a-z]?$/"],
  ],
  [
    "a constraint on a yes/no field",
    (j) => (j.constraints[0].lte = "finance_settled"),
    ['constraints[0].lte: field "finance_settled" is yes_no, expected count'],
  ],
  [
    "a choice field without its list",
    (j) => (j.fields[14].choices = "ratings"),
    [
      'fields[14].choices: no choice list "ratings"',
      'targets[3].unit.in: "excellent" is not a choice of self_rating',
      'targets[3].unit.in: "good" is not a choice of self_rating',
      'targets[4].unit.in: "excellent" is not a choice of self_rating',
      'targets[5].unit.in: "excellent" is not a choice of self_rating',
      'targets[5].unit.in: "good" is not a choice of self_rating',
      'targets[5].unit.in: "completed" is not a choice of self_rating',
    ],
  ],
  [
    "no unit code field",
    (j) => j.fields.splice(0, 1),
    ['fields: no "unit_code" field (text), which every report needs'],
  ],
  [
    "a period kind the consolidation does not know",
    (j) => (j.choices.period_kind[0].value = "q1"),
    ['choices.period_kind[0].value: "q1" is not one of h1, year, midterm, endterm'],
  ],
  [
    "a year field that is not a year",
    (j) => (j.fields[3].kind = "count"),
    ['fields[3].kind: "year" must be year, not count'],
  ],
  [
    "not an object at all",
    (j) => Object.keys(j).forEach((k) => delete j[k]),
    [
      "id: expected string",
      "version: expected number",
      "name: expected object",
      "term: expected object",
      "choices: expected record",
      "fields: expected array",
      "constraints: expected array",
      "targets: expected array",
    ],
  ],
];

function problemsOf(json: unknown): string[] | "loaded" {
  try {
    loadFramework(json);
    return "loaded";
  } catch (e) {
    if (!(e instanceof FrameworkError)) throw e;
    return e.problems;
  }
}

describe("a broken framework", () => {
  it.each(BROKEN)("with %s throws a FrameworkError naming the bad path", (_name, breakIt, problems) => {
    const json = structuredClone(defaultJson);
    breakIt(json);
    expect(problemsOf(json)).toEqual(problems);
  });

  it("puts every problem in the error's message, in both languages' heading", () => {
    const json: Json = structuredClone(defaultJson);
    json.targets[3].unit.comparator = "gt";
    json.targets[3].unit.threshold = 1;
    expect(() => loadFramework(json)).toThrow(FrameworkError);
    expect(() => loadFramework(json)).toThrow(
      /Khung chỉ tiêu không hợp lệ \/ Invalid framework:\n {2}- targets\[3\]\.unit/,
    );
  });

  it.each([null, 42, "framework", [], undefined])("%p is not a framework", (json) => {
    expect(() => loadFramework(json)).toThrow(FrameworkError);
  });

  it("leaves the default framework intact (the cases work on copies)", () => {
    expect(problemsOf(defaultJson)).toBe("loaded");
  });
});
