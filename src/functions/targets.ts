import { compiledTarget, defaultFramework, fieldOf, findTarget, normaliseTargetCode } from "../domain";
import type { CompiledTarget, FieldDef, Target, Text } from "../domain";

export interface TargetEntry {
  target: Target;
  /** The fields CHITIEU.STATUS reads, in the order of its inputs (for parsing and messages). */
  inputs: FieldDef[];
  compiled: CompiledTarget;
}

const entries = new Map<string, TargetEntry>();

/** The default framework's target for a code as typed ("2.5", "2,5", " 2.1A ", 2.5), made once per code. */
export function targetEntry(typed: unknown): TargetEntry | undefined {
  const target = findTarget(defaultFramework, typed);
  if (!target) return undefined;
  let entry = entries.get(target.code);
  if (!entry) {
    const compiled = compiledTarget(defaultFramework, target);
    const inputs = compiled.inputs.map((id) => fieldOf(defaultFramework, id)!);
    entries.set(target.code, (entry = { target, inputs, compiled }));
  }
  return entry;
}

export function unknownTarget(value: unknown): Text {
  const code = normaliseTargetCode(value);
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
