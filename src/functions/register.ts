import { attainment, met, rate, status, targetText, threshold } from "./functions";

/** Function ids (as in functions.json) to their code. */
export const FUNCTIONS = {
  RATE: rate,
  ATTAINMENT: attainment,
  MET: met,
  STATUS: status,
  THRESHOLD: threshold,
  TARGETTEXT: targetText,
} as const;

// Only Excel's custom-functions runtime can associate; elsewhere (tests, a plain browser, a page that
// loaded Office.js outside Excel, whose `CustomFunctions` has no `associate`) this entry does nothing.
if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
