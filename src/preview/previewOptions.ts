import type { Language } from "../shared/language";
import type { ThemeName } from "../taskpane/host";

/** What the preview's address can set: ?lang=en, ?theme=dark, ?api=1.5 (an older Excel). */
export interface PreviewOptions {
  language: Language;
  theme: ThemeName;
  /** The newest ExcelApi version the simulated Excel supports. */
  api: number;
}

export function previewOptions(search: string): PreviewOptions {
  const q = new URLSearchParams(search);
  const api = Number(q.get("api"));
  return {
    language: q.get("lang") === "en" ? "en" : "vi",
    theme: q.get("theme") === "dark" ? "dark" : "light",
    api: Number.isFinite(api) && api > 0 ? api : 1.9,
  };
}
