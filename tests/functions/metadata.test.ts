import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata, type Metadata, type VietnameseTable } from "../../scripts/localize-metadata";
import { FUNCTIONS } from "../../src/functions/register";
import table from "../../src/functions/metadata.vi.json";

// Golden files: what Excel reads to list the functions. Set UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change, then review the diff.
const GOLDEN = join(__dirname, "golden");

function golden(name: string, actual: unknown): unknown {
  const file = join(GOLDEN, name);
  const text = JSON.stringify(actual, null, 2) + "\n";
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
    if (!process.env.UPDATE_GOLDEN) throw new Error(`wrote missing golden ${file}: review and commit it`);
  }
  return JSON.parse(readFileSync(file, "utf8"));
}

let generated: Metadata;
let associations: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
  associations = result.associate;
});

describe("functions.json generated from the JSDoc", () => {
  it("matches the golden file", () => {
    expect(generated).toEqual(golden("functions.json", generated));
  });

  it("declares every function as ranges in, ranges out, with an English name equal to its id", () => {
    const ids = generated.functions.map((f) => f.id);
    expect(ids).toEqual(["RATE", "ATTAINMENT", "MET", "STATUS", "THRESHOLD", "TARGETTEXT"]);
    for (const fn of generated.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
      expect(fn.result).toEqual({ dimensionality: "matrix" });
    }
    const statusParams = generated.functions.find((f) => f.id === "STATUS")!.parameters;
    expect(statusParams.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["code", false],
      ["input1", false],
      ["input2", true],
      ["input3", true],
      ["periodKind", true],
    ]);
  });

  it("has every id associated by register.ts with the function the JSDoc documents", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual(generated.functions.map((f) => f.id).sort());
    for (const { id, functionName } of associations) {
      expect(FUNCTIONS[id as keyof typeof FUNCTIONS].name).toBe(functionName);
    }
  });
});

describe("functions.vi.json, the Vietnamese metadata", () => {
  it("translates every function and parameter and matches the golden file", () => {
    const { metadata, problems } = localizeMetadata(generated, table as VietnameseTable);
    expect(problems).toEqual([]);
    expect(metadata).toEqual(golden("functions.vi.json", metadata));
    // One name in every language: the template's =CHITIEU.STATUS(…) works in a Vietnamese Excel too.
    expect(metadata.functions.map((f) => f.name)).toEqual(generated.functions.map((f) => f.id));
    expect(metadata.functions.find((f) => f.id === "STATUS")!.parameters.map((p) => p.name)).toEqual([
      "mã",
      "số_liệu_1",
      "số_liệu_2",
      "số_liệu_3",
      "kỳ_báo_cáo",
    ]);
    // Only words change: types, dimensionality and optionality are the generated ones.
    const shape = (m: Metadata) =>
      m.functions.map((f) => [
        f.id,
        f.result,
        f.parameters.map((p) => [p.type, p.dimensionality, p.optional]),
      ]);
    expect(shape(metadata)).toEqual(shape(generated));
  });

  it("fails the build when a function or parameter is left untranslated, or a function renamed", () => {
    const broken = structuredClone(table) as VietnameseTable;
    delete broken.STATUS.parameters.periodKind;
    broken.RATE.name = "TYLE";
    broken.EXTRA = { description: "", parameters: {} };
    expect(localizeMetadata(generated, broken).problems).toEqual([
      'RATE: the table renames the function ("TYLE"); its name is RATE in every language',
      "STATUS.periodKind: no Vietnamese entry",
      "EXTRA: in the table but not a custom function",
    ]);
  });
});
