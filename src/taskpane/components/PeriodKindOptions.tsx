import { defaultFramework, PERIOD_KINDS } from "../../domain";
import type { Language } from "../../shared/language";

/** The period kinds as <option>s, in the framework's words. */
export function PeriodKindOptions({ lang }: { lang: Language }) {
  const kinds = defaultFramework.choices.period_kind ?? [];
  return (
    <>
      {PERIOD_KINDS.map((k) => (
        <option key={k} value={k}>
          {kinds.find((c) => c.value === k)?.label[lang] ?? k}
        </option>
      ))}
    </>
  );
}
