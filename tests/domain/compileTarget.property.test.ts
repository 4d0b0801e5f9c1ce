import fc from "fast-check";
import {
  compileTarget,
  evaluateTarget,
  PERIOD_KINDS,
  ruleInputs,
  type FieldValue,
  type Framework,
  type PeriodKind,
} from "../../src/domain";
import { loadFramework } from "../../src/domain";
import youthJson from "./fixtures/youth-2024-2029.json";
import { fw } from "./helpers";
import { referenceEvaluateTarget } from "./referenceEvaluate";

const youth = loadFramework(youthJson);

type Cell = FieldValue | null | undefined;

/** Values a field can hold after parsing, with thresholds' neighbours and exact ties made common. */
function cellFor(f: Framework, id: string): fc.Arbitrary<Cell> {
  const field = f.fields.find((x) => x.id === id)!;
  const blank = fc.constantFrom<Cell>(null, undefined);
  switch (field.kind) {
    case "count":
      return fc.oneof(blank, fc.constantFrom(0, 1, 2, 3, 15, 20, 80, 95, 100), fc.nat(500));
    case "yes_no":
      return fc.oneof(blank, fc.boolean());
    case "choice":
      return fc.oneof(blank, fc.constantFrom(...(f.choices[field.choices ?? ""] ?? []).map((c) => c.value)));
    default:
      return fc.oneof(blank, fc.string());
  }
}

const periods: (PeriodKind | undefined)[] = [undefined, ...PERIOD_KINDS];

describe.each([
  ["the default framework", fw],
  ["a second framework", youth],
])("compileTarget agrees with evaluateTarget (%s)", (_, f) => {
  it.each(f.targets.map((t) => [t.code, t]))(
    "target %s, for any values and every period",
    (_code, target) => {
      const compiled = compileTarget(f, target);
      const ids = ruleInputs(target.unit);
      expect(compiled.inputs).toEqual(ids);
      fc.assert(
        fc.property(
          fc.tuple(...ids.map((id) => cellFor(f, id))),
          fc.constantFrom(...periods),
          (cells, kind) => {
            const values = Object.fromEntries(ids.map((id, i) => [id, cells[i]]));
            const expected = evaluateTarget(f, target, values, kind);
            expect(compiled.status(cells, kind)).toBe(expected.status);
            expect(compiled.result(cells, kind)).toEqual(expected);
            // …and with the evaluator as it was before targets were compiled.
            expect(expected).toEqual(referenceEvaluateTarget(f, target, values, kind));
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
