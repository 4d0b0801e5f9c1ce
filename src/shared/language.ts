import type { Text } from "../domain";

export type Language = keyof Text;

/**
 * The language of Excel's menus: English when Excel is in English, Vietnamese otherwise (the users'
 * own language). Outside Office (Node tests, a plain browser) there is no `Office` and it is Vietnamese.
 */
export function displayLanguage(): Language {
  try {
    const tag = typeof Office === "undefined" ? "" : (Office.context?.displayLanguage ?? "");
    return /^en\b/i.test(tag) ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function say(text: Text, lang: Language): string {
  return text[lang];
}
