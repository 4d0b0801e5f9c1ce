import type { Language } from "../shared/language";
import type { ExcelRun } from "../excel/run";
import { officeIsSetSupported, type IsSetSupported } from "../shared/capabilities";

export type ThemeName = "light" | "dark";

/** Where the pane runs: real Excel, or the preview's simulated workbook. */
export interface PaneHost {
  /** Excel.run, or the fake's; null outside Excel (a plain browser), where no workbook can be reached. */
  run: ExcelRun | null;
  isSetSupported: IsSetSupported;
  theme: ThemeName;
  language: Language;
}

/** Dark when Office's body background is dark; light when Office says nothing (older hosts, a browser). */
export function officeTheme(): ThemeName {
  try {
    const colour = Office.context?.officeTheme?.bodyBackgroundColor ?? "";
    const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
    if (!m) return "light";
    const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? "dark" : "light";
  } catch {
    return "light";
  }
}

export function officeHost(language: Language): PaneHost {
  const isSetSupported = officeIsSetSupported();
  return {
    run: typeof Excel === "undefined" || !isSetSupported ? null : (batch) => Excel.run(batch),
    isSetSupported: isSetSupported ?? (() => false),
    theme: officeTheme(),
    language,
  };
}
