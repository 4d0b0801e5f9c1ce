import type { Consolidation, QualityFlag, Text } from "../domain";

export type PaneSection = "report" | "check" | "merge" | "trends" | "help";

/**
 * A merge's outcome as the pane shows it; `history` says what the workbook's history sheet got, and
 * `followUp` the figures to check with the units (with the cell of their section in the sheet).
 */
export interface Merged {
  sheet: string;
  consolidation: Consolidation;
  history?: Text;
  followUp?: { flags: readonly QualityFlag[]; cell: string };
}

/** Where the pane should open, and an optional notice or merge result to show there (a ribbon button's answer). */
export interface PaneRequest {
  section: PaneSection;
  notice?: { intent: "info" | "warning" | "error" | "success"; text: Text };
  /** A merge the ribbon already ran: the consolidated sheet's name, what it holds, and what the history got. */
  merged?: Merged;
}

// Commands and the pane are separate bundles on the same page (the shared runtime): they meet
// through the page's global object, not through a module both import.
const EVENT = "chitieu:pane-request";
const store = globalThis as { __chitieuPaneRequest?: PaneRequest };

export function requestPane(request: PaneRequest): void {
  store.__chitieuPaneRequest = request;
  globalThis.dispatchEvent?.(new CustomEvent(EVENT, { detail: request }));
}

/** The last request, for a pane that starts after the button was pressed. */
export function lastPaneRequest(): PaneRequest | undefined {
  return store.__chitieuPaneRequest;
}

export function onPaneRequest(listener: (request: PaneRequest) => void): () => void {
  const handler = (e: Event) => listener((e as CustomEvent<PaneRequest>).detail);
  globalThis.addEventListener?.(EVENT, handler);
  return () => globalThis.removeEventListener?.(EVENT, handler);
}
