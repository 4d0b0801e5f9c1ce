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

// Only Excel's custom-functions runtime defines `CustomFunctions`; elsewhere (tests, a plain browser)
// this entry does nothing.
if (typeof CustomFunctions !== "undefined") {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
