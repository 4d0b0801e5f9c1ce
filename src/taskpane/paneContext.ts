import { createContext, useContext } from "react";
import type { Language } from "../shared/language";
import type { PaneHost } from "./host";

export interface PaneContextValue {
  host: PaneHost;
  lang: Language;
  setLang: (lang: Language) => void;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("usePane outside PaneRoot");
  return value;
}
