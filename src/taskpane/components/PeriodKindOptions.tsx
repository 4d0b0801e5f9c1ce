import { defaultFramework, PERIOD_KINDS, periodKindLabel } from "../../domain";
import type { Language } from "../../shared/language";

/** The period kinds as <option>s, in the framework's words. */
export function PeriodKindOptions({ lang }: { lang: Language }) {
  return (
    <>
      {PERIOD_KINDS.map((k) => (
        <option key={k} value={k}>
          {periodKindLabel(defaultFramework, k)[lang]}
        </option>
      ))}
    </>
  );
}
