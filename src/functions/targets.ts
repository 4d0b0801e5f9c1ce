import { defaultFramework, fieldOf, ruleInputs } from "../domain";
import type { FieldDef, Target, Text } from "../domain";

export interface TargetEntry {
  target: Target;
  /** The fields CHITIEU.STATUS reads, in the order of its inputs. */
  inputs: FieldDef[];
}

let byCode: Map<string, TargetEntry> | undefined;

function entries(): Map<string, TargetEntry> {
  byCode ??= new Map(
    defaultFramework.targets.map((target) => [
      target.code,
      { target, inputs: ruleInputs(target.unit).map((id) => fieldOf(defaultFramework, id)!) },
    ]),
  );
  return byCode;
}

/** The code as typed in a formula: "2.5", " 2.1A ", "2,5" (decimal comma), or the number 2.5. */
export function normaliseCode(value: unknown): string {
  return String(value ?? "")
    .trim()
    .replace(",", ".")
    .toLowerCase();
}

export function findTarget(value: unknown): TargetEntry | undefined {
  return entries().get(normaliseCode(value));
}

export function unknownTarget(value: unknown): Text {
  const code = normaliseCode(value);
  const hint =
    typeof value === "number"
      ? {
          vi: ` Hãy gõ mã trong ngoặc kép, ví dụ "2.10"`,
          en: ` Type the code in quotes, e.g. "2.10"`,
        }
      : { vi: "", en: "" };
  return {
    vi: `Không có chỉ tiêu mã “${code}” trong khung ${defaultFramework.term.start}–${defaultFramework.term.end}.${hint.vi}`,
    en: `No target coded “${code}” in the ${defaultFramework.term.start}–${defaultFramework.term.end} framework.${hint.en}`,
  };
}
