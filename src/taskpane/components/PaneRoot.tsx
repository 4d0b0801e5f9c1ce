import { useMemo, useState } from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../shared/language";
import type { PaneHost } from "../host";
import { PaneContext } from "../paneContext";
import { App } from "./App";

const LANGUAGE_KEY = "chitieu.language";

function savedLanguage(fallback: Language): Language {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_KEY);
    return saved === "en" || saved === "vi" ? saved : fallback;
  } catch {
    return fallback;
  }
}

/** The pane in one FluentProvider, following the host's theme, with the user's language choice kept. */
export function PaneRoot({ host }: { host: PaneHost }) {
  const [lang, setLanguage] = useState<Language>(() => savedLanguage(host.language));
  const context = useMemo(
    () => ({
      host,
      lang,
      setLang: (next: Language) => {
        setLanguage(next);
        try {
          window.localStorage.setItem(LANGUAGE_KEY, next);
        } catch {
          // Storage may be off (private windows); the choice then lasts until the pane closes.
        }
      },
    }),
    [host, lang],
  );
  return (
    <FluentProvider theme={host.theme === "dark" ? webDarkTheme : webLightTheme} lang={lang}>
      <PaneContext.Provider value={context}>
        <App />
      </PaneContext.Provider>
    </FluentProvider>
  );
}
