import { bindHost, type FakeExcel, type OfficeClient } from "../fake-excel/bind";
import { pageOfficeClient } from "../fake-excel/page-client";
import type { ExcelRun } from "../excel/run";
import { FUNCTIONS } from "../functions/register";

/**
 * The simulated workbook: Microsoft's Office.js client (loaded by the page) bound to the in-memory Excel
 * host, with the add-in's custom functions registered.
 */
export interface PreviewWorkbook {
  fake: FakeExcel;
  /** The fake's run, telling the grid to redraw after every batch the pane sends. */
  run: ExcelRun;
  /** The user's typing or pasting into the grid, checked like Excel would. */
  edit: (sheet: string, address: string, values: unknown[][]) => ReturnType<FakeExcel["userEdit"]>;
  subscribe: (listener: () => void) => () => void;
  changed: () => void;
}

/** `client`: Microsoft's Office.js as the page loaded it (the jsdom pane tests pass one loaded in Node). */
export function createPreviewWorkbook(client: OfficeClient = pageOfficeClient()): PreviewWorkbook {
  // Excel on the web passes a blank referenced cell to custom functions as null.
  const fake = bindHost(client, { sheets: [{ name: "Sheet1" }], blankArgument: null });
  for (const [id, fn] of Object.entries(FUNCTIONS)) fake.registerFunction(`CHITIEU.${id}`, fn);
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const run: ExcelRun = async (batch) => {
    try {
      return await fake.run(batch);
    } finally {
      changed();
    }
  };
  return {
    fake,
    run,
    async edit(sheet, address, values) {
      const result = await fake.userEdit(sheet, address, values);
      changed();
      await fake.settle();
      changed();
      return result;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    changed,
  };
}
